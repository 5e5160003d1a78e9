// @ts-check
// `npm start` of the workspace: the production build behind Express (server/workspace.js).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadBuild } from '@nguongoc/remix-server/load-build';
import { createWorkspace } from './server/workspace.js';

process.env.NODE_ENV = 'production';

// Loaded before listening: a bad setting (app/env.server.ts) stops the start.
const build = await loadBuild(new URL('./dist/server/index.js', import.meta.url));

const app = createWorkspace({
  build,
  clientDirectory: fileURLToPath(new URL('./dist/client', import.meta.url)),
});
const port = Number(process.env.PORT ?? 3001);
createServer(app).listen(port, () => {
  console.log(`NguonGoc workspace: http://localhost:${port}`);
});
