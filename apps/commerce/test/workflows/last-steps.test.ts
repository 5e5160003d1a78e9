// The compensations of the steps that end their workflows: no later step of those workflows can
// fail, so the HTTP tests (test/http/workflows.test.ts) cannot reach them. Here the build's real
// steps are composed with a step of the test's own that fails after them, and run in a Medusa
// container of the test's process on a fresh database.
import type {
  createStep as CreateStep,
  createWorkflow as CreateWorkflow,
} from '@medusajs/framework/workflows-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ChannelModule from '../../src/modules/channel/service.js';
import type { recordListingExportsStep as ListingExportsStep } from '../../src/workflows/channel/steps/record-listing-exports.js';
import type { recordOrderImportStep as OrderImportStep } from '../../src/workflows/channel/steps/record-order-import.js';
import type AccountModule from '../../src/modules/account/service.js';
import type { createAccountStep as CreateAccountStep } from '../../src/workflows/account/steps/create-account.js';
import type { linkAuthIdentityStep as LinkAuthIdentityStep } from '../../src/workflows/account/steps/link-auth-identity.js';
import type { markInvitationAcceptedStep as MarkInvitationAcceptedStep } from '../../src/workflows/account/steps/mark-invitation-accepted.js';
import { type InProcessMedusa, buildRequire, medusaInProcess } from './_medusa.js';

const { createStep, createWorkflow } = buildRequire('@medusajs/framework/workflows-sdk') as {
  createStep: typeof CreateStep;
  createWorkflow: typeof CreateWorkflow;
};
const { recordOrderImportStep } = buildRequire(
  './src/workflows/channel/steps/record-order-import.js',
) as { recordOrderImportStep: typeof OrderImportStep };
const { recordListingExportsStep } = buildRequire(
  './src/workflows/channel/steps/record-listing-exports.js',
) as { recordListingExportsStep: typeof ListingExportsStep };

const { createAccountStep } = buildRequire('./src/workflows/account/steps/create-account.js') as {
  createAccountStep: typeof CreateAccountStep;
};
const { linkAuthIdentityStep } = buildRequire(
  './src/workflows/account/steps/link-auth-identity.js',
) as { linkAuthIdentityStep: typeof LinkAuthIdentityStep };
const { markInvitationAcceptedStep } = buildRequire(
  './src/workflows/account/steps/mark-invitation-accepted.js',
) as { markInvitationAcceptedStep: typeof MarkInvitationAcceptedStep };

/** A step that fails, as any later step could. */
const failure = createStep('test-injected-failure', async () => {
  throw new Error('failure injected by last-steps.test.ts');
});

let medusa: InProcessMedusa;
const channel = () => medusa.container.resolve<ChannelModule.default>('channel');

beforeAll(async () => {
  medusa = await medusaInProcess('workflows');
}, 240_000);
afterAll(() => medusa?.stop());

describe('the last steps of the channel workflows undo their writes when a later step fails', () => {
  it('record-channel-order-import deletes the record it wrote', async () => {
    const workflow = createWorkflow('test-order-import-then-failure', (input: { file: string }) => {
      recordOrderImportStep({
        cooperative_id: 'coop_test',
        exchange: 'voso',
        file_name: input.file,
        file_hash: '0'.repeat(64),
        rows_read: 2,
        rows_kept: 2,
        lines_created: 2,
        lines_updated: 0,
        lines_unchanged: 0,
        problems: [],
      });
      failure();
    });
    const { errors } = await workflow(medusa.container).run({
      input: { file: 'that-bai.csv' },
      throwOnError: false,
    });
    expect(errors.map((error) => error.error.message)).toEqual([
      'failure injected by last-steps.test.ts',
    ]);
    expect(await channel().listOrderImports({ file_name: 'that-bai.csv' })).toEqual([]);
  });

  it('record-channel-listing-exports puts the listings back and deletes the new ones', async () => {
    const exportedAt = new Date('2026-11-30T03:00:00.000Z');
    const [known] = await channel().createChannelListings([
      {
        cooperative_id: 'coop_test',
        exchange: 'postmart',
        product_id: 'prod_known',
        status: 'exported',
        last_export_hash: 'hash-before',
        last_exported_at: exportedAt,
      },
    ]);
    const workflow = createWorkflow('test-listing-exports-then-failure', () => {
      recordListingExportsStep({
        cooperative_id: 'coop_test',
        exchange: 'postmart',
        exported: [
          { sku: 'KNOWN', product_id: 'prod_known', hash: 'hash-after' },
          { sku: 'NEW', product_id: 'prod_new', hash: 'hash-new' },
        ],
        refused: [],
      });
      failure();
    });
    const { errors } = await workflow(medusa.container).run({ throwOnError: false });
    expect(errors).toHaveLength(1);
    const listings = await channel().listChannelListings({ cooperative_id: 'coop_test' });
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      id: known!.id,
      status: 'exported',
      last_export_hash: 'hash-before',
    });
    expect(new Date(listings[0]!.last_exported_at!).toISOString()).toBe(exportedAt.toISOString());
  });
});

describe('accept-invitation undoes every step when a later one fails', () => {
  it('deletes the account, unties the sign-in and leaves the invitation unused', async () => {
    const accounts = medusa.container.resolve<AccountModule.default>('account');
    const auth = medusa.container.resolve<{
      createAuthIdentities: (data: object) => Promise<{ id: string }>;
      retrieveAuthIdentity: (id: string) => Promise<{ app_metadata: Record<string, unknown> }>;
    }>('auth');
    const identity = await auth.createAuthIdentities({
      provider_identities: [{ provider: 'emailpass', entity_id: 'hoan-tac@nguongoc.test' }],
      app_metadata: { user_id: 'user_kept' },
    });
    const invitation = await accounts.createInvitations({
      kind: 'cooperative_member',
      cooperative_id: 'coop_test',
      role: 'staff',
      name: 'Hoàn Tác',
      email: 'hoan-tac@nguongoc.test',
      token_hash: 'f'.repeat(64),
      expires_at: new Date(Date.now() + 60_000),
      invited_by_actor_type: 'user',
      invited_by_id: 'user_test',
    });
    const workflow = createWorkflow('test-accept-invitation-then-failure', () => {
      const account = createAccountStep({
        actor_type: 'cooperative_member',
        name: 'Hoàn Tác',
        email: 'hoan-tac@nguongoc.test',
        phone: null,
        cooperative_id: 'coop_test',
        commune_code: null,
        role: 'staff',
        household_id: null,
      });
      linkAuthIdentityStep({
        auth_identity_id: identity.id,
        actor_type: 'cooperative_member',
        actor_id: account.id,
      });
      markInvitationAcceptedStep(invitation.id);
      failure();
    });
    const { errors } = await workflow(medusa.container).run({ throwOnError: false });
    expect(errors.map((error) => error.error.message)).toEqual([
      'failure injected by last-steps.test.ts',
    ]);
    expect(await accounts.listCooperativeMembers({ cooperative_id: 'coop_test' })).toEqual([]);
    expect((await auth.retrieveAuthIdentity(identity.id)).app_metadata).toEqual({
      user_id: 'user_kept',
      cooperative_member_id: null,
    });
    const [unused] = await accounts.listInvitations({ id: invitation.id });
    expect(unused!.accepted_at).toBeNull();
  });
});
