// Writes data/units.json, the compact form of the published administrative units, vendored
// unmodified in upstream/ (source and version in the package README, checksums in
// upstream/SHA256SUMS, ADR 021). The source stays out of data/, which is in `files`: the package
// ships only the compact form.
// The test suite checks that the committed file is exactly what this script makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_FILE = new URL('../upstream/vn-admin-units-2026-07.json', import.meta.url);
const OUTPUT_FILE = new URL('../data/units.json', import.meta.url);

/** [code, name, nameEn, fullName, fullNameEn, communes: [code, name, nameEn, fullName, fullNameEn][]][] */
export function compact(source) {
  return source.map((p) => [
    p.Code,
    p.Name,
    p.NameEn,
    p.FullName,
    p.FullNameEn,
    p.Wards.map((w) => [w.Code, w.Name, w.NameEn, w.FullName, w.FullNameEn]),
  ]);
}

export function upstreamSource() {
  return JSON.parse(readFileSync(SOURCE_FILE, 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT_FILE, JSON.stringify(compact(upstreamSource())) + '\n');
}
