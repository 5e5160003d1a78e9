// NguonGoc's API routes as its route files declare them (`src/api/**/route.ts`), for the access
// matrix: a route is known by its files alone, so a new one cannot be left out of the matrix.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One method of one route: `pattern` as Medusa matches it (`/coop/lots/:lot`). */
export interface ApiRoute {
  method: HttpMethod;
  pattern: string;
  /** The route file, for messages. */
  file: string;
}

/** The commerce app's folder, through the link npm makes for every workspace. */
export const commerceDirectory = dirname(
  createRequire(import.meta.url).resolve('@nguongoc/commerce/package.json'),
);

/**
 * The `route.<extension>` files under `root`, as folder paths relative to it; folders whose name
 * starts with `_` hold helpers, not routes (Medusa reads no route there either).
 */
export function routeFolders(root: string, extension: 'ts' | 'js'): string[][] {
  const found: string[][] = [];
  const walk = (segments: string[]) => {
    for (const entry of readdirSync(join(root, ...segments), { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('_')) walk([...segments, entry.name]);
      else if (entry.isFile() && entry.name === `route.${extension}`) found.push(segments);
    }
  };
  walk([]);
  return found;
}

/** A route's path pattern from its folders: `[lot]` is the parameter `:lot`. */
export function patternOf(segments: string[]): string {
  return `/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, ':$1')).join('/')}`;
}

/**
 * The HTTP methods a TypeScript route file exports: `export async function GET`, `export const
 * POST =`, or re-exported, `export { GET, POST } from '…'` (also `x as GET`).
 */
export function methodsOfSource(source: string): HttpMethod[] {
  const names = new Set<string>();
  for (const [, name] of source.matchAll(
    /export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s*([A-Za-z_$][\w$]*)/g,
  )) {
    names.add(name!);
  }
  for (const [, list] of source.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const part of list!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return HTTP_METHODS.filter((method) => names.has(method));
}

/**
 * Every method of every route file under `apps/commerce/src/api`. A route file that exports no
 * method is an error here: either it is not a route, or this reader missed how it exports.
 */
export function nguongocRoutes(): ApiRoute[] {
  const api = join(commerceDirectory, 'src/api');
  return routeFolders(api, 'ts').flatMap((segments) => {
    const file = join('src/api', ...segments, 'route.ts');
    const methods = methodsOfSource(readFileSync(join(commerceDirectory, file), 'utf8'));
    if (methods.length === 0) throw new Error(`${file}: no exported HTTP method found`);
    return methods.map((method) => ({ method, pattern: patternOf(segments), file }));
  });
}
