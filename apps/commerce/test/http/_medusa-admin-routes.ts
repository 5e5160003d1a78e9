// Medusa's own admin routes, as the installed @medusajs/medusa ships them
// (`dist/api/admin/**/route.js`), for the access matrix: an upgrade that adds a route adds it here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type ApiRoute,
  HTTP_METHODS,
  commerceDirectory,
  patternOf,
  routeFolders,
} from './_route-files.js';

/** The HTTP methods a compiled route file exports (`exports.GET = GET;`). */
export function methodsOfCompiled(source: string) {
  const names = new Set([...source.matchAll(/^exports\.(\w+) = /gm)].map(([, name]) => name));
  return HTTP_METHODS.filter((method) => names.has(method));
}

/** @medusajs/medusa as the commerce app resolves it (not a copy another workspace may hold). */
export const medusaDirectory = dirname(
  createRequire(join(commerceDirectory, 'package.json')).resolve('@medusajs/medusa/package.json'),
);

/** Every method of every admin route of Medusa, patterns from `/admin`. */
export function medusaAdminRoutes(): ApiRoute[] {
  const api = join(medusaDirectory, 'dist/api');
  return routeFolders(join(api, 'admin'), 'js').flatMap((segments) => {
    const file = join('dist/api/admin', ...segments, 'route.js');
    const methods = methodsOfCompiled(readFileSync(join(medusaDirectory, file), 'utf8'));
    if (methods.length === 0) throw new Error(`@medusajs/medusa/${file}: no HTTP method found`);
    return methods.map((method) => ({ method, pattern: patternOf(['admin', ...segments]), file }));
  });
}
