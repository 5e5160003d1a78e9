import { describe, expect, it } from 'vitest';
import { addressMetadata, readAddressMetadata } from '../src/index.js';

describe('readAddressMetadata', () => {
  it('keeps the well-formed codes and drops what it does not know', () => {
    expect(
      readAddressMetadata({ province_code: '40', commune_code: '16941', note: 'gọi trước' }),
    ).toEqual({ province_code: '40', commune_code: '16941' });
  });

  it('treats a malformed code as absent', () => {
    expect(readAddressMetadata({ province_code: 'Nghệ An', commune_code: 16941 })).toEqual({});
    expect(readAddressMetadata({ commune_code: '1694' })).toEqual({});
    expect(readAddressMetadata(undefined)).toEqual({});
    expect(readAddressMetadata('16941')).toEqual({});
  });
});

describe('addressMetadata (as written)', () => {
  it('refuses a code of the wrong form, naming it', () => {
    const result = addressMetadata.safeParse({ province_code: '4', commune_code: '16941' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['province_code']);
  });
});
