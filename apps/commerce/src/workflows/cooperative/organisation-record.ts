import type { Organisation } from '@nguongoc/trace-core';
import type { CooperativeInput } from '../../modules/cooperative/service';

/** The trace record of a cooperative: what its ledger says about who made the products. */
export function organisationRecord(
  cooperative: Pick<
    CooperativeInput,
    'handle' | 'name' | 'tax_code' | 'registration_number' | 'commune_code' | 'address'
  >,
): Organisation {
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
