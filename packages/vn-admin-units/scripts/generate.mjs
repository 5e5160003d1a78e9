// Writes data/units.json, the compact form of the published administrative units in
// `../shared/data/vn-admin-units-2026-07.json` (NGUONGOC_SHARED overrides the shared folder).
// The test suite checks that the committed file is exactly what this script makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCE_FILE = 'data/vn-admin-units-2026-07.json';

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

export function sharedSource() {
  const shared = process.env.NGUONGOC_SHARED ?? resolve(here, '../../../../shared');
  return JSON.parse(readFileSync(join(shared, SOURCE_FILE), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(here, '../data/units.json'), JSON.stringify(compact(sharedSource())) + '\n');
}
