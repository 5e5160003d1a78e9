// @ts-check
// `npm start` of the workspace: the production build behind Express (server/workspace.js).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createWorkspace } from './server/workspace.js';

process.env.NODE_ENV = 'production';

/** @type {import('@remix-run/node').ServerBuild} */
let build;
const buildFile = './dist/server/index.js';
try {
  build = await import(buildFile);
} catch (/** @type {any} */ error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/server')) {
    console.error('Chưa build: chạy `npm run build` trước / not built: run `npm run build` first');
  } else {
    console.error(error?.name === 'EnvironmentError' ? error.message : error);
  }
  process.exit(1);
}

const app = createWorkspace({
  build,
  clientDirectory: fileURLToPath(new URL('./dist/client', import.meta.url)),
});
const port = Number(process.env.PORT ?? 3001);
createServer(app).listen(port, () => {
  console.log(`NguonGoc workspace: http://localhost:${port}`);
});
