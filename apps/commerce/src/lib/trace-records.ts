import type { Organisation } from '@nguongoc/trace-core';

/** The trace record of a cooperative: what its ledger says about who made the products. */
export function organisationRecord(cooperative: {
  handle: string;
  name: string;
  tax_code: string;
  registration_number: string;
  commune_code: string;
  address: string;
}): Organisation {
  return {
    type: 'organisation',
    id: cooperative.handle,
    kind: 'cooperative',
    name: cooperative.name,
    taxCode: cooperative.tax_code,
    cooperativeRegistrationNumber: cooperative.registration_number,
    communeCode: cooperative.commune_code,
    address: cooperative.address,
  };
}
