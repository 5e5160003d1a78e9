// The create-household workflow (issue #23, ADR 038): a household is stored, then recorded in its
// cooperative's ledger; when the ledger write fails, the stored household is deleted again. The
// failure is a real one: the cooperative's ledger does not exist in the trace store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type CooperativeModule from '../../src/modules/cooperative/service.js';
import type TraceModule from '../../src/modules/trace/service.js';
import type { createHouseholdWorkflow as CreateHouseholdWorkflow } from '../../src/workflows/place/create-household.js';
import { type InProcessMedusa, buildRequire, medusaInProcess } from './_medusa.js';

const { createHouseholdWorkflow } = buildRequire('./src/workflows/place/create-household.js') as {
  createHouseholdWorkflow: typeof CreateHouseholdWorkflow;
};

let medusa: InProcessMedusa;
const cooperatives = () => medusa.container.resolve<CooperativeModule.default>('cooperative');
const trace = () => medusa.container.resolve<TraceModule.default>('trace');

beforeAll(async () => {
  medusa = await medusaInProcess('households');
}, 240_000);
afterAll(() => medusa?.stop());

describe('create-household', () => {
  it('records the household as an organisation of kind household in the ledger', async () => {
    const origin = 'nguongoc.vn/htx-thu-ho';
    await trace().store.createLedger(origin);
    const { result } = await createHouseholdWorkflow(medusa.container).run({
      input: {
        cooperative: { id: 'coop_thu_ho', handle: 'htx-thu-ho', trace_origin: origin },
        household: { head_name: 'Hộ Đinh Văn Ghi', commune_code: '16941' },
      },
    });
    expect(result.organisation_id).toMatch(/^htx-thu-ho\.hh\.[0-9a-f]{12}$/);
    expect(await trace().getRecord('organisation', result.organisation_id!)).toEqual({
      type: 'organisation',
      id: result.organisation_id,
      kind: 'household',
      name: 'Hộ Đinh Văn Ghi',
      communeCode: '16941',
    });
  });

  it('deletes the stored household when its ledger cannot be written', async () => {
    const { errors } = await createHouseholdWorkflow(medusa.container).run({
      input: {
        cooperative: {
          id: 'coop_khong_so',
          handle: 'htx-khong-so',
          trace_origin: 'nguongoc.vn/htx-khong-so',
        },
        household: { head_name: 'Hộ Không Sổ', commune_code: '16941' },
      },
      throwOnError: false,
    });
    expect(errors.map((error) => error.error.message).join()).toMatch(/htx-khong-so/);
    expect(await cooperatives().listHouseholds({ cooperative_id: 'coop_khong_so' })).toEqual([]);
  });
});
