// Who may call what (issue #21, item 6), against the real backend: every API route of NguonGoc ×
// every kind of caller, with the status each should get; cooperative B's records named by A's
// members; and every admin route of Medusa refused to a member's and an officer's token.
//
// The routes come from the route files (`_route-files.ts`), so the matrix cannot fall behind: a
// route file without an entry in MATRIX, or an entry whose route is gone, fails the first test.
// To add a route's entry: key it `'METHOD /path/:param'` as the failure names it; give `params`
// (A's own records, from `Fixtures`), a `query` if it reads one, and for a write a `body` that
// fails validation, so that a caller who gets through answers 400 and nothing is written (where
// a route validates no body, say in a comment why the request sent is harmless); then one status
// per column: what the design says SHOULD happen, never what the code happens to answer.
// Each row's cells run in RUN_ORDER, so a caller who may delete comes after those who may not.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '@nguongoc/pilot-report';
import { type Account, api, freshEmail, newHousehold, newMember, newOfficer } from './_accounts.js';
import {
  adminApi,
  adminToken,
  backend,
  cartReadyToPay,
  ok,
  paymentSession,
  storeApi,
} from './_http.js';
import { medusaAdminRoutes } from './_medusa-admin-routes.js';
import { nguongocRoutes } from './_route-files.js';

/** The kinds of caller, in the matrix's column order. */
const CALLERS = [
  'operator',
  'manager',
  'staff',
  'household',
  'officerA',
  'officerB',
  'anonymous',
  'publishable',
] as const;
type Caller = (typeof CALLERS)[number];

/** The order a row's cells are sent in: those who may write or delete last. */
const RUN_ORDER: Caller[] = [
  'anonymous',
  'publishable',
  'officerB',
  'officerA',
  'household',
  'staff',
  'manager',
  'operator',
];

/** One status per caller, in CALLERS' order: op, mgr, staff, hh, officer A, officer B, anon, key. */
type Statuses = readonly [number, number, number, number, number, number, number, number];

interface Cooperative {
  id: string;
  handle: string;
  commune_code: string;
}

/** A's records the requests name, and the throwaway accounts that the deletes remove. */
interface Fixtures {
  a: Cooperative;
  /** A product of A, made the household member's (`metadata.household_id`), with lots. */
  product: string;
  /** A lot of that product: its short code, its number on the label, the product's GTIN. */
  lot: string;
  lotNumber: string;
  gtin: string;
  /** A place (ledger `location`) of A. */
  place: string;
  /** A's listing on VoSo. */
  listing: string;
  /** A cash-on-delivery order of A's goods whose cash is already recorded. */
  order: string;
  /** A staff member of A that A's manager removes through /coop. */
  coopMember: string;
  /** A staff member of A that the operator removes through /admin. */
  adminMember: string;
  /** An officer of A's commune that the operator removes. */
  officer: string;
  /** Open invitations to A (staff) and to A's commune, revoked through /coop and /admin. */
  coopInvitation: string;
  adminInvitation: string;
  officerInvitation: string;
  /** A yearly report that takes in today: the sales just placed. */
  reportQuery: string;
}

interface Entry {
  expect: Statuses;
  params?: (f: Fixtures) => Record<string, string>;
  query?: (f: Fixtures) => string;
  /** JSON; absent: no body. */
  body?: unknown;
  /** What a 2xx answer must say, where its status alone tells too little. */
  answer?: RegExp;
}

/**
 * A body Zod accepts whose tax code the update refuses (400) after the payout check: staff and
 * household members must meet 403 (only the manager changes the payout account), the manager
 * and the operator 400, and nothing is written.
 */
const PAYOUT_PROBE = { bank_account_number: '0123456789', tax_code: 'khong-phai-ma-so-thue' };
/** Not a listing status: 400 from the body's validation. */
const BAD_LISTING = { status: 'khong-co' };
/** Not a boolean: 400 from the body's validation. */
const BAD_EXPORT = { changed_only: 'co' };

const cooperative = (f: Fixtures) => ({ id: f.a.id });
const voso = (f: Fixtures) => ({ id: f.a.id, exchange: 'voso' });
const communeA = (f: Fixtures) => `commune_code=${f.a.commune_code}`;

// prettier-ignore
const MATRIX: Record<string, Entry> = {
  // The operator's routes: Medusa's `user`; any other token is of the wrong actor type (401).
  //                                                                      op   mgr  stf  hh   ofA  ofB  anon key
  'GET /admin/administrative-units': {                          expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/audit-entries': {                                 expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/channel-category-mappings': {                     expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/channel-category-mappings': { body: {},          expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/channel-listings/:id': {
    params: (f) => ({ id: f.listing }), body: BAD_LISTING,      expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  // Throwaway invitations: the operator, last, revokes them.
  'DELETE /admin/communes/:code/invitations/:invitation_id': {
    params: (f) => ({ code: f.a.commune_code, invitation_id: f.officerInvitation }),
                                                                expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'DELETE /admin/cooperatives/:id/invitations/:invitation_id': {
    params: (f) => ({ id: f.a.id, invitation_id: f.adminInvitation }),
                                                                expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/communes/:code/invitations': {
    params: (f) => ({ code: f.a.commune_code }), body: {},      expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/communes/:code/officers': {
    params: (f) => ({ code: f.a.commune_code }),                expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  // A throwaway officer: the operator, last, removes them.
  'DELETE /admin/communes/:code/officers/:officer_id': {
    params: (f) => ({ code: f.a.commune_code, officer_id: f.officer }),
                                                                expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives': {                                  expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives': { body: {},                       expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id': { params: cooperative,         expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id': {
    params: cooperative, body: PAYOUT_PROBE,                    expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id/channels': { params: cooperative, expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id/channels/:exchange/account': {
    params: voso, body: {},                                     expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id/channels/:exchange/exports': {
    params: voso, body: BAD_EXPORT,                             expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id/channels/:exchange/order-imports': {
    params: voso,                                               expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  // JSON, not multipart: no file, 400 before anything is read.
  'POST /admin/cooperatives/:id/channels/:exchange/order-imports': {
    params: voso, body: {},                                     expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id/households': { params: cooperative, expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id/households': {
    params: cooperative, body: {},                              expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id/invitations': {
    params: cooperative, body: {},                              expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id/members': { params: cooperative, expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/cooperatives/:id/members/:member_id': {
    params: (f) => ({ id: f.a.id, member_id: f.adminMember }), body: {},
                                                                expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  // A throwaway member: the operator, last, removes them.
  'DELETE /admin/cooperatives/:id/members/:member_id': {
    params: (f) => ({ id: f.a.id, member_id: f.adminMember }),  expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/cooperatives/:id/sales': { params: cooperative,   expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  // No body to validate: the order's cash is already recorded, so an answer changes nothing
  // (200, `already_recorded`).
  'POST /admin/orders/:id/cod-received': {
    params: (f) => ({ id: f.order }),                           expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  // No body: the reconciliation the job runs every 5 minutes, run once more.
  'POST /admin/payments/vnpay/reconcile': {                     expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/payments/needing-action': {                        expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  // A made-up ID and an empty body: refused (400) before anything is looked up or written.
  'POST /admin/payments/needing-action/:id/resolve': {
    params: () => ({ id: 'vnmsg_none' }), body: {},             expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/pilot/indicators': { query: communeA,             expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/pilot/reports': {
    query: (f) => `${f.reportQuery}&${communeA(f)}`,            expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/pilot/reports/due': {                             expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/pilot/sales-lines': { query: communeA,            expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/products/:id/lots': {
    params: (f) => ({ id: f.product }),                         expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/products/:id/lots': {
    params: (f) => ({ id: f.product }), body: {},               expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/trace/lots/:lot': {
    params: (f) => ({ lot: f.lot }),                            expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/trace/lots/:lot/events': {
    params: (f) => ({ lot: f.lot }), body: {},                  expect: [400, 401, 401, 401, 401, 401, 401, 401] },
  'GET /admin/trace/lots/:lot/serials': {
    params: (f) => ({ lot: f.lot }),                            expect: [200, 401, 401, 401, 401, 401, 401, 401] },
  'POST /admin/trace/lots/:lot/serials': {
    params: (f) => ({ lot: f.lot }), body: {},                  expect: [400, 401, 401, 401, 401, 401, 401, 401] },

  // A commune's officers, read-only; officer B naming A's commune finds nothing (404).
  //                                                                      op   mgr  stf  hh   ofA  ofB  anon key
  'GET /commune/cooperatives': {                                expect: [401, 401, 401, 401, 200, 200, 401, 401] },
  'GET /commune/cooperatives/:id/households': { params: cooperative, expect: [401, 401, 401, 401, 200, 404, 401, 401] },
  'GET /commune/open-data': {                                   expect: [401, 401, 401, 401, 200, 200, 401, 401] },
  'GET /commune/me': {                                          expect: [401, 401, 401, 401, 200, 200, 401, 401] },
  'GET /commune/pilot/indicators': { query: communeA,           expect: [401, 401, 401, 401, 200, 404, 401, 401] },
  'GET /commune/pilot/reports': {
    query: (f) => `${f.reportQuery}&${communeA(f)}`,            expect: [401, 401, 401, 401, 200, 404, 401, 401] },
  'GET /commune/pilot/reports/due': {                           expect: [401, 401, 401, 401, 200, 200, 401, 401] },
  'GET /commune/pilot/sales-lines': { query: communeA,          expect: [401, 401, 401, 401, 200, 404, 401, 401] },

  // A cooperative's members, by role (src/api/middlewares.ts, MEMBER_ROLES); a refused role is 403.
  //                                                                      op   mgr  stf  hh   ofA  ofB  anon key
  'GET /coop/audit-entries': {                                  expect: [401, 200, 403, 403, 401, 401, 401, 401] },
  'POST /coop/channel-listings/:id': {
    params: (f) => ({ id: f.listing }), body: BAD_LISTING,      expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  // The shop's categories, for the product form: every member reads them.
  'GET /coop/categories': {                                     expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'GET /coop/channels': {                                       expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  'POST /coop/channels/:exchange/account': {
    params: () => ({ exchange: 'voso' }), body: {},             expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'POST /coop/channels/:exchange/exports': {
    params: () => ({ exchange: 'voso' }), body: BAD_EXPORT,     expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/channels/:exchange/order-imports': {
    params: () => ({ exchange: 'voso' }),                       expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  // JSON, not multipart: no file, 400 before anything is read.
  'POST /coop/channels/:exchange/order-imports': {
    params: () => ({ exchange: 'voso' }), body: {},             expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/cooperative': {                                    expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/cooperative': { body: PAYOUT_PROBE,               expect: [401, 400, 403, 403, 401, 401, 401, 401] },
  'GET /coop/households': {                                     expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  'POST /coop/households': { body: {},                          expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  // A throwaway invitation (staff): the manager, last of those who may, revokes it.
  'DELETE /coop/invitations/:invitation_id': {
    params: (f) => ({ invitation_id: f.coopInvitation }),       expect: [401, 200, 403, 403, 401, 401, 401, 401] },
  'POST /coop/invitations': { body: {},                         expect: [401, 400, 403, 403, 401, 401, 401, 401] },
  'GET /coop/lots/:lot': { params: (f) => ({ lot: f.lot }),     expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/lots/:lot/events': {
    params: (f) => ({ lot: f.lot }), body: {},                  expect: [401, 400, 400, 400, 401, 401, 401, 401] },
  // Every member may print a lot's labels and see what was printed (a household member: their
  // household's lots, else 404).
  'GET /coop/lots/:lot/serials': {
    params: (f) => ({ lot: f.lot }),                            expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/lots/:lot/serials': {
    params: (f) => ({ lot: f.lot }), body: {},                  expect: [401, 400, 400, 400, 401, 401, 401, 401] },
  'GET /coop/me': {                                             expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'GET /coop/members': {                                        expect: [401, 200, 403, 403, 401, 401, 401, 401] },
  'POST /coop/members/:member_id': {
    params: (f) => ({ member_id: f.coopMember }), body: {},     expect: [401, 400, 403, 403, 401, 401, 401, 401] },
  // A throwaway member: the manager, last of those who may, removes them.
  'DELETE /coop/members/:member_id': {
    params: (f) => ({ member_id: f.coopMember }),               expect: [401, 200, 403, 403, 401, 401, 401, 401] },
  // No body to validate: the order's cash is already recorded, so an answer changes nothing.
  'POST /coop/orders/:id/cod-received': {
    params: (f) => ({ id: f.order }),                           expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  'GET /coop/pilot/indicators': {                               expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  'GET /coop/pilot/reports': { query: (f) => f.reportQuery,     expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  'GET /coop/pilot/sales-lines': {                              expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  // Places (issue #23): every member reads them; a household member writes none. An area of 0 ha
  // is refused (400) before anything is written.
  'GET /coop/places': {                                         expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/places': { body: {},                              expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/places/:id': { params: (f) => ({ id: f.place }),   expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/places/:id': {
    params: (f) => ({ id: f.place }), body: { area_hectares: 0 }, expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/products': {                                       expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/products': { body: {},                            expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/products/:id': { params: (f) => ({ id: f.product }), expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/products/:id': {
    params: (f) => ({ id: f.product }), body: { title: '' },    expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/products/:id/lots': {
    params: (f) => ({ id: f.product }),                         expect: [401, 200, 200, 200, 401, 401, 401, 401] },
  'POST /coop/products/:id/lots': {
    params: (f) => ({ id: f.product }), body: {},               expect: [401, 400, 400, 403, 401, 401, 401, 401] },
  'GET /coop/sales': {                                          expect: [401, 200, 200, 403, 401, 401, 401, 401] },
  // JSON, not multipart: no image, 400 before anything is read or stored.
  'POST /coop/uploads': { body: {},                             expect: [401, 400, 400, 403, 401, 401, 401, 401] },

  // VNPay's server-to-server callback: public, whoever calls; an empty query is answered HTTP
  // 200 (as VNPay expects) with VNPay's own refusal, `RspCode` 99 "Input data required".
  //                                                                      op   mgr  stf  hh   ofA  ofB  anon key
  'GET /hooks/vnpay/ipn': { answer: /"RspCode":"99"/,           expect: [200, 200, 200, 200, 200, 200, 200, 200] },
  // A sign-in of either account type (registered or not) gets to the body's check; Medusa's
  // `user` and no sign-in do not.
  'POST /invitations/accept': { body: {},                       expect: [401, 400, 400, 400, 400, 400, 401, 401] },

  // The store: the publishable key or 400, whatever token comes with the request.
  //                                                                      op   mgr  stf  hh   ofA  ofB  anon key
  'GET /store/communes/:code/figures': {
    params: (f) => ({ code: f.a.commune_code }),                expect: [400, 400, 400, 400, 400, 400, 400, 200] },
  'GET /store/cooperatives': {                                  expect: [400, 400, 400, 400, 400, 400, 400, 200] },
  'GET /store/cooperatives/:handle': {
    params: (f) => ({ handle: f.a.handle }),                    expect: [400, 400, 400, 400, 400, 400, 400, 200] },
  'GET /store/products/:id/origin': {
    params: (f) => ({ id: f.product }),                         expect: [400, 400, 400, 400, 400, 400, 400, 200] },
  'GET /store/trace/:code': { params: (f) => ({ code: f.lot }), expect: [400, 400, 400, 400, 400, 400, 400, 200] },
  // Anyone's scan of a real lot is recorded (it is what the trace page sends; a made-up code is
  // a 404, issue #22): one distinct scanner more in A's figures of the day.
  'POST /store/trace/:code/scans': {
    params: (f) => ({ code: f.lot }), body: {},                 expect: [400, 400, 400, 400, 400, 400, 400, 201] },
  'GET /store/trace/gs1/:gtin/:lot': {
    params: (f) => ({ gtin: f.gtin, lot: f.lotNumber }),        expect: [400, 400, 400, 400, 400, 400, 400, 200] },
};

/**
 * Medusa's admin routes that opt out of authentication (`AUTHENTICATE = false`) and are
 * answered whatever the token: the flags the admin's login page reads before anyone signs in.
 */
const MEDUSA_PUBLIC: Record<string, number> = { 'GET /admin/feature-flags': 200 };

const A_HANDLE = 'htx-cam-nghia-dan';
const B_HANDLE = 'htx-buoi-phuc-trach';

let fixtures: Fixtures;
let b: Cooperative;
const bearer: Partial<Record<Caller, string>> = {};
let manager: Account;
let staff: Account;
let household: Account;
let householdId: string;
/** A's product's metadata before the test made it the household's: put back afterwards. */
let productMetadata: Record<string, unknown> | undefined;
/** The channel listings before the test: those its exports add are deleted afterwards. */
let listingsBefore: string[] = [];

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A request as `caller`: their token, the publishable key, or nothing. */
async function send(caller: Caller, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = bearer[caller];
  if (token) headers.authorization = `Bearer ${token}`;
  if (caller === 'publishable') headers['x-publishable-api-key'] = backend().publishableKey;
  const response = await fetch(`${backend().url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, text: await response.text() };
}

/** `pattern` with its `:params` filled in; every parameter given must be used, and only those. */
function fill(pattern: string, params: Record<string, string>): string {
  const used = new Set<string>();
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for :${name}`);
    used.add(name);
    return encodeURIComponent(value);
  });
  const unused = Object.keys(params).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`${pattern}: no parameter ${unused.join(', ')}`);
  return path;
}

/** Runs `work` on every item, `size` at a time. */
async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function cooperativeBy(handle: string): Promise<Cooperative> {
  const { cooperatives } = await ok<{ cooperatives: Cooperative[] }>(
    await adminApi('/admin/cooperatives'),
  );
  return cooperatives.find((c) => c.handle === handle)!;
}

interface Listing {
  product_id: string;
  sku: string;
  exchange: string;
  listing_id: string | null;
  status: string;
  external_url: string | null;
}

async function listingsOf(cooperativeId: string) {
  return (
    await ok<{ listings: Listing[] }>(
      await adminApi(`/admin/cooperatives/${cooperativeId}/channels`),
    )
  ).listings;
}

interface Lots {
  lots: { id: string; code: string }[];
  locations: { id: string }[];
}

/** The first product of a cooperative that has lots, with them. */
async function tracedProduct(cooperativeId: string) {
  const products = [...new Set((await listingsOf(cooperativeId)).map((l) => l.product_id))];
  for (const id of products) {
    const response = await adminApi(`/admin/products/${id}/lots`);
    if (response.status !== 200) continue;
    const lots = (await response.json()) as Lots;
    if (lots.lots.length > 0) return { id, ...lots };
  }
  throw new Error(`cooperative ${cooperativeId} has no product with lots`);
}

/** A VoSo export as the operator, then the listing it made or updated: its ID. */
async function vosoListing(cooperativeId: string): Promise<string> {
  await ok(
    await adminApi(`/admin/cooperatives/${cooperativeId}/channels/voso/exports`, {
      method: 'POST',
      body: '{}',
    }),
  );
  const listing = (await listingsOf(cooperativeId)).find(
    (l) => l.exchange === 'voso' && l.listing_id !== null,
  );
  return listing!.listing_id!;
}

/** An open invitation made by the operator (`path`, `body`): its ID. */
async function openInvitation(path: string, body: Record<string, unknown>): Promise<string> {
  const { invitation } = await ok<{ invitation: { id: string } }>(
    await adminApi(path, {
      method: 'POST',
      body: JSON.stringify({ name: 'Lời mời ma trận', email: freshEmail('moi'), ...body }),
    }),
    201,
  );
  return invitation.id;
}

/** A storefront order, cash on delivery, placed: its ID. */
async function codOrder(handle: string): Promise<string> {
  const { cartId, paymentCollectionId } = await cartReadyToPay(handle, 1);
  await paymentSession(paymentCollectionId, 'pp_system_default');
  const { order } = await ok<{ order: { id: string } }>(
    await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
  );
  return order.id;
}

interface SalesLine {
  id: string;
  key: string;
}

/** The cooperative's sales lines once the order's are written (by a subscriber, a moment later). */
async function salesWith(cooperativeId: string, orderId: string): Promise<SalesLine[]> {
  let lines: SalesLine[] = [];
  await expect
    .poll(async () => {
      ({ lines } = await ok<{ lines: SalesLine[] }>(
        await adminApi(`/admin/cooperatives/${cooperativeId}/sales?limit=500`),
      ));
      return lines.some((line) => line.key.startsWith(`storefront:${orderId}:`));
    })
    .toBe(true);
  return lines;
}

/** A yearly report whose period (15 December to 14 December) takes in today. */
function reportOfToday(): string {
  const today = localToday();
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '12-14' ? 1 : 0);
  return `kind=year&year=${year}&format=json`;
}

beforeAll(async () => {
  listingsBefore = (await sql<{ id: string }>('SELECT id FROM channel_listing')).map((r) => r.id);
  const a = await cooperativeBy(A_HANDLE);
  b = await cooperativeBy(B_HANDLE);

  manager = await newMember(a.id, 'manager');
  staff = await newMember(a.id, 'staff');
  householdId = await newHousehold(manager.token, 'Hộ Ma Trận', a.commune_code);
  household = await newMember(a.id, 'household', { household_id: householdId });
  const officerA = await newOfficer(a.commune_code);
  const officerB = await newOfficer(b.commune_code);
  Object.assign(bearer, {
    operator: await adminToken(),
    manager: manager.token,
    staff: staff.token,
    household: household.token,
    officerA: officerA.token,
    officerB: officerB.token,
  });

  const traced = await tracedProduct(a.id);
  const { product } = await ok<{
    product: { metadata: Record<string, unknown> | null; variants: { barcode: string | null }[] };
  }>(await adminApi(`/admin/products/${traced.id}?fields=metadata,*variants`));
  productMetadata = product.metadata ?? {};
  await ok(
    await adminApi(`/admin/products/${traced.id}`, {
      method: 'POST',
      body: JSON.stringify({ metadata: { ...productMetadata, household_id: householdId } }),
    }),
  );
  const gtin = product.variants.find((v) => v.barcode)?.barcode;
  expect(gtin, 'a barcode on the traced product').toBeTruthy();

  const order = await codOrder('mut-cam-300g');
  await ok(await adminApi(`/admin/orders/${order}/cod-received`, { method: 'POST' }));

  fixtures = {
    a,
    product: traced.id,
    lot: traced.lots[0]!.id,
    lotNumber: traced.lots[0]!.code,
    place: traced.locations[0]!.id,
    gtin: gtin!,
    listing: await vosoListing(a.id),
    order,
    coopMember: (await newMember(a.id, 'staff')).id,
    adminMember: (await newMember(a.id, 'staff')).id,
    officer: (await newOfficer(a.commune_code)).id,
    coopInvitation: await openInvitation(`/admin/cooperatives/${a.id}/invitations`, {
      role: 'staff',
    }),
    adminInvitation: await openInvitation(`/admin/cooperatives/${a.id}/invitations`, {
      role: 'staff',
    }),
    officerInvitation: await openInvitation(`/admin/communes/${a.commune_code}/invitations`, {}),
    reportQuery: reportOfToday(),
  };
});

afterAll(async () => {
  if (fixtures && productMetadata) {
    // Medusa merges metadata: an empty value removes a key the product did not have.
    const back = {
      ...productMetadata,
      ...(productMetadata.household_id === undefined ? { household_id: '' } : {}),
    };
    await ok(
      await adminApi(`/admin/products/${fixtures.product}`, {
        method: 'POST',
        body: JSON.stringify({ metadata: back }),
      }),
    );
  }
  // The exports made listings the other tests do not expect (channels.test.ts: A's are drafts).
  await sql('DELETE FROM channel_listing WHERE NOT (id = ANY($1))', [listingsBefore]);
});

describe('the access matrix: every route × every kind of caller', () => {
  it('has an entry for every route file, and none for a route that is gone', () => {
    const routes = nguongocRoutes().map(({ method, pattern }) => `${method} ${pattern}`);
    const missing = routes.filter((route) => !(route in MATRIX));
    const gone = Object.keys(MATRIX).filter((key) => !routes.includes(key));
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
  });

  describe.concurrent('each route', () => {
    for (const [key, entry] of Object.entries(MATRIX)) {
      it(key, async ({ expect }) => {
        const [method, pattern] = key.split(' ') as [string, string];
        const query = entry.query?.(fixtures);
        const path = fill(pattern, entry.params?.(fixtures) ?? {}) + (query ? `?${query}` : '');
        const got: Partial<Record<Caller, number>> = {};
        const answers: string[] = [];
        const unsaid: Caller[] = [];
        for (const caller of RUN_ORDER) {
          const { status, text } = await send(caller, method, path, entry.body);
          got[caller] = status;
          const wanted = entry.expect[CALLERS.indexOf(caller)];
          if (status !== wanted) {
            answers.push(`${caller}: ${status} (expected ${wanted}) ${text.slice(0, 300)}`);
          } else if (status < 300 && entry.answer && !entry.answer.test(text)) {
            unsaid.push(caller);
            answers.push(`${caller}: ${text.slice(0, 300)} (expected ${entry.answer})`);
          }
        }
        const wanted = Object.fromEntries(CALLERS.map((c, i) => [c, entry.expect[i]]));
        expect({ got, unsaid }, `${method} ${path}\n${answers.join('\n')}`).toEqual({
          got: wanted,
          unsaid: [],
        });
      });
    }
  });
});

describe("cooperative B's records, named by A's members", () => {
  /** What A's members try on B's records: `[route, params, body, [manager, staff, household]]`. */
  type Probe = [string, Record<string, string>, unknown, readonly [number, number, number]];

  let bProduct: { id: string } & Lots;
  let bListing: string;
  let bOrder: string;
  let bMember: Account;
  let bHousehold: string;
  let bInvitation: string;

  beforeAll(async () => {
    bProduct = await tracedProduct(b.id);
    bListing = await vosoListing(b.id);
    bOrder = await codOrder('keo-cu-do-250g');
    bMember = await newMember(b.id, 'staff');
    bInvitation = await openInvitation(`/admin/cooperatives/${b.id}/invitations`, {
      role: 'staff',
    });
    ({
      household: { id: bHousehold },
    } = await ok<{ household: { id: string } }>(
      await adminApi(`/admin/cooperatives/${b.id}/households`, {
        method: 'POST',
        body: JSON.stringify({ head_name: 'Hộ Bên B', commune_code: b.commune_code }),
      }),
      201,
    ));
  });

  it('are not found by ID, and nothing of them changes', async () => {
    const bLot = bProduct.lots[0]!.id;
    const probes: Probe[] = [
      ['GET /coop/products/:id', { id: bProduct.id }, undefined, [404, 404, 404]],
      ['POST /coop/products/:id', { id: bProduct.id }, { storage: 'Kho của B' }, [404, 404, 403]],
      ['GET /coop/products/:id/lots', { id: bProduct.id }, undefined, [404, 404, 404]],
      [
        'POST /coop/products/:id/lots',
        { id: bProduct.id },
        { code: `MT-${randomUUID().slice(0, 8)}` },
        [404, 404, 403],
      ],
      ['GET /coop/lots/:lot', { lot: bLot }, undefined, [404, 404, 404]],
      ['GET /coop/places/:id', { id: bProduct.locations[0]!.id }, undefined, [404, 404, 404]],
      [
        'POST /coop/places/:id',
        { id: bProduct.locations[0]!.id },
        { name: 'Đổi tên địa điểm của B' },
        [404, 404, 403],
      ],
      [
        'POST /coop/lots/:lot/events',
        { lot: bLot },
        { kind: 'harvest', time: '2026-06-01T08:00', location_id: bProduct.locations[0]!.id },
        [404, 404, 404],
      ],
      ['GET /coop/lots/:lot/serials', { lot: bLot }, undefined, [404, 404, 404]],
      ['POST /coop/lots/:lot/serials', { lot: bLot }, { from: 1, to: 3 }, [404, 404, 404]],
      ['POST /coop/channel-listings/:id', { id: bListing }, { status: 'paused' }, [404, 404, 403]],
      ['POST /coop/orders/:id/cod-received', { id: bOrder }, undefined, [404, 404, 403]],
      [
        'POST /coop/members/:member_id',
        { member_id: bMember.id },
        { role: 'household', household_id: bHousehold },
        [404, 403, 403],
      ],
      ['DELETE /coop/members/:member_id', { member_id: bMember.id }, undefined, [404, 403, 403]],
      [
        'DELETE /coop/invitations/:invitation_id',
        { invitation_id: bInvitation },
        undefined,
        [404, 403, 403],
      ],
    ];
    // Every /coop route that names a record by ID is probed (`:exchange` names no record).
    const byId = nguongocRoutes()
      .filter((r) => r.pattern.startsWith('/coop/') && /:(?!exchange\b)\w+/.test(r.pattern))
      .map((r) => `${r.method} ${r.pattern}`);
    expect(probes.map(([route]) => route).sort()).toEqual(byId.sort());

    const snapshot = async () => ({
      product: await ok(await adminApi(`/admin/products/${bProduct.id}?fields=metadata`)),
      lots: await ok(await adminApi(`/admin/products/${bProduct.id}/lots`)),
      lot: await ok(await adminApi(`/admin/trace/lots/${bLot}`)),
      listing: (await listingsOf(b.id)).find((l) => l.listing_id === bListing),
      order: await ok(
        await adminApi(
          `/admin/orders/${bOrder}?fields=+payment_status,*payment_collections.payments`,
        ),
      ),
      members: await ok(await adminApi(`/admin/cooperatives/${b.id}/members`)),
    });
    const before = await snapshot();
    // What must stay: B's listing, and its member and invitation still open.
    expect(before.listing).toBeDefined();
    expect(JSON.stringify(before.members)).toContain(bInvitation);
    const wrong: string[] = [];
    for (const [route, params, body, wanted] of probes) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = fill(pattern, params);
      for (const [i, caller] of (['manager', 'staff', 'household'] as const).entries()) {
        const { status, text } = await send(caller, method, path, body);
        if (status !== wanted[i]) {
          wrong.push(`${caller} ${method} ${path}: ${status} (expected ${wanted[i]}) ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect((await api('/coop/me', {}, bMember.token)).status).toBe(200);
  });

  it("are in no list, export, report or search of A's members", async () => {
    await salesWith(fixtures.a.id, fixtures.order);
    const bSales = await salesWith(b.id, bOrder);
    const { households: bHouseholds } = await ok<{ households: { id: string }[] }>(
      await adminApi(`/admin/cooperatives/${b.id}/households`),
    );
    const { members: bMembers } = await ok<{ members: { id: string }[] }>(
      await adminApi(`/admin/cooperatives/${b.id}/members`),
    );
    const bListings = await listingsOf(b.id);
    let bEntries: { id: string }[] = [];
    await expect
      .poll(async () => {
        ({ entries: bEntries } = await ok<{ entries: { id: string }[] }>(
          await adminApi(`/admin/audit-entries?cooperative_id=${b.id}`),
        ));
        return bEntries.length;
      })
      .toBeGreaterThan(0);
    // Opaque IDs only: SKUs may be named in A's own import problems, from A's own files.
    const theirs = {
      cooperative: [b.id],
      products: [...new Set(bListings.map((l) => l.product_id))],
      listings: bListings.flatMap((l) => (l.listing_id ? [l.listing_id] : [])),
      orders: [bOrder],
      sales: bSales.map((l) => l.id),
      households: bHouseholds.map((h) => h.id),
      members: bMembers.map((m) => m.id),
      invitations: [bInvitation],
      lots: bProduct.lots.map((l) => l.id),
      places: bProduct.locations.map((l) => l.id),
      audit: bEntries.map((e) => e.id),
    };
    for (const [kind, ids] of Object.entries(theirs)) expect(ids.length, kind).toBeGreaterThan(0);
    const bIds = Object.values(theirs).flat();
    const bSkus = new Set(bListings.map((l) => l.sku));

    const f = fixtures;
    // [path, who may read it, what of A's it must show (so that an empty answer cannot pass)]
    const reads: [string, Caller[], string][] = [
      ['/coop/me', ['manager', 'staff', 'household'], f.a.id],
      ['/coop/cooperative', ['manager', 'staff', 'household'], f.a.id],
      ['/coop/channels', ['manager', 'staff'], f.product],
      ['/coop/products', ['manager', 'staff', 'household'], f.product],
      ['/coop/sales?limit=500', ['manager', 'staff'], f.order],
      ['/coop/households', ['manager', 'staff'], householdId],
      ['/coop/members', ['manager'], staff.id],
      ['/coop/audit-entries', ['manager'], f.a.id],
      [`/coop/audit-entries?actor_id=${bMember.id}`, ['manager'], '"count":0'],
      ['/coop/channels/voso/order-imports', ['manager', 'staff'], '"imports"'],
      ['/coop/pilot/sales-lines?limit=500', ['manager', 'staff'], f.order],
      [`/coop/pilot/sales-lines?household_id=${bHousehold}`, ['manager', 'staff'], '"count":0'],
      ['/coop/pilot/indicators', ['manager', 'staff'], f.a.id],
      [`/coop/pilot/reports?${f.reportQuery}`, ['manager', 'staff'], f.a.commune_code],
      [`/coop/products/${f.product}/lots`, ['manager', 'staff', 'household'], f.lot],
      [`/coop/lots/${f.lot}`, ['manager', 'staff', 'household'], f.lot],
      ['/coop/places', ['manager', 'staff', 'household'], f.place],
      [`/coop/places/${f.place}`, ['manager', 'staff', 'household'], f.place],
    ];
    const leaks: string[] = [];
    for (const [path, readers, own] of reads) {
      for (const reader of readers) {
        const { status, text } = await send(reader, 'GET', path);
        const leaked = bIds.filter((id) => text.includes(id));
        if (status !== 200 || !text.includes(own) || leaked.length > 0) {
          leaks.push(
            `${reader} GET ${path}: ${status}; shows ${own}: ${text.includes(own)}; B's: ${leaked.join(', ')}`,
          );
        }
      }
    }
    // Asking for B by name finds nothing.
    for (const path of [
      `/coop/pilot/sales-lines?cooperative_id=${b.id}`,
      `/coop/pilot/indicators?commune_code=${b.commune_code}`,
      `/coop/pilot/reports?${f.reportQuery}&commune_code=${b.commune_code}`,
    ]) {
      for (const caller of ['manager', 'staff'] as const) {
        const { status } = await send(caller, 'GET', path);
        if (status !== 404) leaks.push(`${caller} GET ${path}: ${status} (expected 404)`);
      }
    }
    expect(leaks).toEqual([]);
    // An export holds A's products only.
    const exported = await ok<{
      exported: string[];
      unchanged: string[];
      refused: { sku: string }[];
    }>(await api('/coop/channels/voso/exports', { method: 'POST', body: '{}' }, manager.token));
    const skus = [
      ...exported.exported,
      ...exported.unchanged,
      ...exported.refused.map((r) => r.sku),
    ];
    expect(skus.length).toBeGreaterThan(0);
    expect(skus.filter((sku) => bSkus.has(sku))).toEqual([]);
  });
});

describe("Medusa's own admin routes", () => {
  it("answer 401 to a cooperative manager's and a commune officer's token, every method", async () => {
    const routes = medusaAdminRoutes();
    expect(routes.length).toBeGreaterThan(100);
    const keys = routes.map((r) => `${r.method} ${r.pattern}`);
    expect(Object.keys(MEDUSA_PUBLIC).filter((key) => !keys.includes(key))).toEqual([]);
    const cells = routes.flatMap((route) =>
      (['manager', 'officerA'] as const).map((caller) => ({ route, caller })),
    );
    const wrong: string[] = [];
    await inPool(cells, 8, async ({ route, caller }) => {
      const path = route.pattern.replace(/:\w+/g, 'matrix_dummy_id');
      const body = route.method === 'POST' ? {} : undefined;
      const { status, text } = await send(caller, route.method, path, body);
      const wanted = MEDUSA_PUBLIC[`${route.method} ${route.pattern}`] ?? 401;
      if (status !== wanted) {
        wrong.push(
          `${caller} ${route.method} ${path}: ${status} (expected ${wanted}) ${text.slice(0, 200)}`,
        );
      }
    });
    expect(wrong).toEqual([]);
  });
});
