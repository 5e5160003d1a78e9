// Reads the published conformance vectors vendored in `test/vectors/` (byte-identical upstream
// copies; provenance, versions and checksums in `test/vectors/README.md`, ADR 021). They sit in
// the repository so that a fresh clone tests without anything beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const vectorsDirectory = fileURLToPath(new URL('./vectors/', import.meta.url));

export function readVector(relativePath: string): string {
  return readFileSync(join(vectorsDirectory, relativePath), 'utf8');
}

export function readVectorJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readVector(relativePath)) as T;
}

export function listVectors(relativeDirectory: string): string[] {
  return readdirSync(join(vectorsDirectory, relativeDirectory)).sort();
}
