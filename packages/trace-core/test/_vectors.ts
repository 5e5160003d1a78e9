// Locates the published conformance vectors in `shared/`, which sits beside the repository
// (`../shared` from its root) on developer machines and in CI. NGUONGOC_SHARED overrides it.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDirectory = process.env.NGUONGOC_SHARED ?? resolve(repositoryRoot, '../shared');
export const vectorsDirectory = join(sharedDirectory, 'vectors');

export function readVector(relativePath: string): string {
  return readFileSync(join(vectorsDirectory, relativePath), 'utf8');
}

export function readVectorJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readVector(relativePath)) as T;
}

export function listVectors(relativeDirectory: string): string[] {
  return readdirSync(join(vectorsDirectory, relativeDirectory)).sort();
}
