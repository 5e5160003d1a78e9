// One table of bad inputs, thrown at every public function: each must refuse with a typed error
// (TypeError for a wrong type, RangeError for a wrong size or range, TraceFormatError for a
// malformed value), and the verifiers, which take untrusted input, must answer `false` or a
// failed result instead of throwing.
import { describe, expect, it } from 'vitest';
import * as browser from '../src/index.js';
import { TraceFormatError } from '../src/index.js';
import * as ledgerPlumbing from '../src/ledger/index.js';
import * as merkle from '../src/merkle/index.js';

// The public functions of every entry point: `.`, `./merkle` and `./ledger`.
const core = { ...browser, ...merkle, ...ledgerPlumbing };

const HUGE_STRING = 'x'.repeat(4 << 20);
const notString = [undefined, null, 42, true, {}, [], new Uint8Array(4)];
const notBytes = [undefined, null, 42, 'abc', [1, 2, 3], {}, new ArrayBuffer(32)];
const badIndex = [-1, 1.5, Number.NaN, Infinity, 2 ** 60, '3', null, undefined];
const badHash = [new Uint8Array(0), new Uint8Array(31), new Uint8Array(33), ...notBytes];
const badUri = [
  '',
  'not a uri',
  'ftp://x/01/06291041500213',
  'https://x/01/123',
  'https://x/01/06291041500214',
  'https://x/t/SHORT',
  'https://x/01/06291041500213?exp=271332',
  'https://x/01/06291041500213?17=271231&exp=271231',
  HUGE_STRING,
];
const badGtin = [
  '',
  '123',
  '62910415002130',
  '6291041500214',
  '629104150021a',
  '６２９１０４１５００２１３',
  HUGE_STRING,
];

type Call = [name: string, run: (value: unknown) => unknown, values: unknown[]];
const log = new core.MerkleLog();
for (let i = 0; i < 5; i++) log.append(new Uint8Array([i]));
const keys = core.generateNoteKeys('nguongoc.vn/test', new Uint8Array(32).fill(1));
const ledger = new core.MemoryLedger('nguongoc.vn/test');
ledger.addRecord({ type: 'lot', id: 'LOT', code: 'L1', productId: 'p', organisationId: 'o' });

const throwing: Call[] = [
  [
    'canonicalize',
    (v) => core.canonicalize(v),
    [undefined, () => 1, Symbol('s'), 1n, Number.NaN, new Date(), { a: new Map() }],
  ],
  [
    'epcisEventHash(event)',
    (v) => core.epcisEventHash(v as never),
    [
      ...notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      {},
      { type: 'ObjectEvent' },
      { eventTime: '2026-01-01T00:00:00Z' },
    ],
  ],
  [
    'epcisEventHashes(document)',
    (v) => core.epcisEventHashes(v as never),
    [null, 42, 'doc', {}, { epcisBody: {} }, { epcisBody: { eventList: 'x' } }],
  ],
  ['leafHash', (v) => core.leafHash(v as never), notBytes],
  ['nodeHash(left)', (v) => core.nodeHash(v as never, new Uint8Array(32)), badHash],
  ['nodeHash(right)', (v) => core.nodeHash(new Uint8Array(32), v as never), badHash],
  ['MerkleLog.append', (v) => new core.MerkleLog().append(v as never), notBytes],
  ['MerkleLog.appendLeafHash', (v) => new core.MerkleLog().appendLeafHash(v as never), badHash],
  [
    'MerkleLog.root(size)',
    (v) => log.root(v as never),
    [...badIndex.filter((v) => v !== undefined), 6],
  ],
  ['MerkleLog.inclusionProof(index)', (v) => log.inclusionProof(v as never), [...badIndex, 5]],
  [
    'MerkleLog.inclusionProof(size)',
    (v) => log.inclusionProof(0, v as never),
    [...badIndex.filter((v) => v !== undefined), 0, 6],
  ],
  [
    'MerkleLog.consistencyProof(size1)',
    (v) => log.consistencyProof(v as never, 3),
    [...badIndex, 4],
  ],
  ['MerkleLog.leafHash', (v) => log.leafHash(v as never), [...badIndex, 5]],
  ['gs1CheckDigit', (v) => core.gs1CheckDigit(v as never), [...notString, '', '12a', HUGE_STRING]],
  ['normalizeGtin', (v) => core.normalizeGtin(v as never), [...notString, ...badGtin]],
  ['parseDigitalLink', (v) => core.parseDigitalLink(v as never), [...notString, ...badUri]],
  [
    'formatDigitalLink(gtin)',
    (v) => core.formatDigitalLink({ base: 'https://x.vn', gtin: v as never }),
    [...notString, ...badGtin],
  ],
  [
    'formatDigitalLink(base)',
    (v) => core.formatDigitalLink({ base: v as never, gtin: '6291041500213' }),
    [...notString, '', 'x.vn', 'https://x.vn/', 'https://x.vn?q=1', 'mailto:a@b.vn'],
  ],
  [
    'formatDigitalLink(lot)',
    (v) => core.formatDigitalLink({ base: 'https://x.vn', gtin: '6291041500213', lot: v as never }),
    [42, '', 'Lô 1', 'a b', 'x'.repeat(21), '.', '..'],
  ],
  ['parseTraceUrl', (v) => core.parseTraceUrl(v as never), [...notString, ...badUri]],
  [
    'normalizeShortCode',
    (v) => core.normalizeShortCode(v as never),
    [...notString, '', '3KX9T2M7QA', '3KX9T2M7QAHV', '3KX9T2M7QAU', HUGE_STRING],
  ],
  [
    'formatShortCodeUrl(base)',
    (v) => core.formatShortCodeUrl(v as never, core.generateShortCode()),
    [...notString, 'nguongoc.vn'],
  ],
  [
    'generateShortCode(random)',
    (v) => core.generateShortCode(() => v as never),
    [new Uint8Array(6), 'bytes', null],
  ],
  [
    'traceabilityCode',
    (v) => core.traceabilityCode(v as never),
    [
      ...notString,
      { product: 'P', location: 'L', lot: 'Lô', eventTime: '2026-01-01T00:00:00Z' },
      { product: 'P', location: 'L', lot: 'A', eventTime: 'never' },
    ],
  ],
  [
    'generateNoteKeys(name)',
    (v) => core.generateNoteKeys(v as never),
    [...notString, '', 'a b', 'a+b', 'a\u0085b', 'a\u3000b', 'a\ud800b', HUGE_STRING],
  ],
  [
    'generateNoteKeys(seed)',
    (v) => core.generateNoteKeys('n', v as never),
    [new Uint8Array(31), 'seed', 42],
  ],
  [
    'parseVerifierKey',
    (v) => core.parseVerifierKey(v as never),
    [...notString, '', 'a+b', keys.signerKey, HUGE_STRING],
  ],
  ['parseSignerKey', (v) => core.parseSignerKey(v as never), [...notString, '', keys.verifierKey]],
  [
    'parseCheckpoint',
    (v) => core.parseCheckpoint(v as never),
    [
      ...notString,
      '',
      'origin\n',
      'o\n-1\nAAAA\n',
      'o\n01\n' + 'A'.repeat(43) + '=\n',
      'o\t\n0\n' + 'A'.repeat(43) + '=\n',
      HUGE_STRING,
    ],
  ],
  [
    'formatCheckpoint',
    (v) => core.formatCheckpoint(v as never),
    [
      { origin: '', size: 1, root: new Uint8Array(32) },
      { origin: 'o', size: -1, root: new Uint8Array(32) },
      { origin: 'o', size: 1, root: new Uint8Array(31) },
      { origin: 'a\nb', size: 1, root: new Uint8Array(32) },
    ],
  ],
  [
    'signCheckpoint(key)',
    (v) => core.signCheckpoint({ origin: 'o', size: 0, root: new Uint8Array(32) }, v as never),
    ['', keys.verifierKey, 'PRIVATE+KEY+x+00000000+AAAA'],
  ],
  [
    'cosignCheckpoint(note)',
    (v) => core.cosignCheckpoint(v as never, keys.signerKey),
    [...notString, '', 'no signatures\n'],
  ],
  [
    'validateRecord',
    (v) => core.validateRecord(v as never),
    [...notString.filter((v) => v !== undefined), { type: 'lot' }, { type: 'planet', id: 'x' }],
  ],
  ['buildFieldEvent', (v) => core.buildFieldEvent(v as never), [null, 42, 'harvest']],
  [
    'vietnamTime',
    (v) => core.vietnamTime(v as never),
    [null, 42, '', 'tomorrow', '2026-13-01T00:00', '2026-01-01 00:00', new Date(Number.NaN)],
  ],
  ['MemoryLedger(origin)', (v) => new core.MemoryLedger(v as never), [...notString, HUGE_STRING]],
  [
    'MemoryLedger.addRecord',
    (v) => new core.MemoryLedger('o').addRecord(v as never),
    [null, 42, {}, { type: 'lot', id: 'x' }],
  ],
  [
    'MemoryLedger.appendEvent(event)',
    (v) => ledger.appendEvent(v as never, 'LOT'),
    [null, 'event', {}, { type: 'ObjectEvent' }],
  ],
  [
    'MemoryLedger.appendEvent(lot)',
    (v) =>
      ledger.appendEvent({ type: 'ObjectEvent', eventTime: '2026-01-01T00:00:00Z' }, v as never),
    [undefined, 42, 'UNKNOWN'],
  ],
  [
    'MemoryLedger.lotBundle(checkpoint)',
    (v) => ledger.lotBundle('LOT', v as never),
    [null, '', 'garbage', HUGE_STRING],
  ],
  [
    'MemoryLedger.lotBundle(lot)',
    (v) => ledger.lotBundle(v as never, ledger.signCheckpoint(keys.signerKey)),
    [42, 'UNKNOWN'],
  ],
  [
    'MemoryLedger.signCheckpoint',
    (v) => ledger.signCheckpoint(v as never),
    ['', keys.verifierKey, 42],
  ],
  [
    'epcisPreHashString(event)',
    (v) => core.epcisPreHashString(v as never),
    [null, 42, 'e', [], { type: 1, eventTime: 'x' }],
  ],
  [
    'epcisPreHashString(ignoreFields)',
    (v) =>
      core.epcisPreHashString(
        { type: 'ObjectEvent', eventTime: 'x' },
        { ignoreFields: v as never },
      ),
    ['a', [1], {}],
  ],
  ['toCanonicalDigitalLink', (v) => core.toCanonicalDigitalLink(v as never), notString],
  [
    'ledgerEntryBytes',
    (v) => core.ledgerEntryBytes(v as never),
    [
      null,
      42,
      {},
      { type: 'event', eventId: 42, lot: 'L', previous: null },
      { type: 'event', eventId: 'e', lot: 'L', previous: 7 },
      { type: 'record', record: 'x' },
    ],
  ],
  [
    'ledgerLeafHash',
    (v) => core.ledgerLeafHash(v as never),
    [null, { type: 'event', eventId: 'e', lot: undefined, previous: null }],
  ],
  ['leafHashUtf8', (v) => core.leafHashUtf8(v as never), notString],
  ['LedgerState(origin)', (v) => new core.LedgerState(v as never), [...notString, HUGE_STRING]],
  ['LedgerState(known.size)', (v) => new core.LedgerState('o', { size: v as never }), badIndex],
  [
    'LedgerState.addRecord',
    (v) => new core.LedgerState('o').addRecord(v as never),
    [null, 42, {}, { type: 'lot' }, { type: 'lot', id: 7 }],
  ],
  [
    'LedgerState.appendEvent(eventId)',
    (v) => new core.LedgerState('o').appendEvent(v as never, 'LOT'),
    notString,
  ],
  [
    'LedgerState.appendEvent(lot)',
    (v) => new core.LedgerState('o').appendEvent('e', v as never),
    notString,
  ],
  ['lotClassUri', (v) => core.lotClassUri(v as never, { id: 'L' } as never), [null, 42]],
  ['locationUri', (v) => core.locationUri(v as never), [null, 42, {}]],
  [
    'lotStory(bundle)',
    (v) => core.lotStory(v as never),
    [null, 42, {}, { records: 'x', events: [] }],
  ],
  [
    'lotStory(locale)',
    (v) => core.lotStory({ records: [], events: [] } as never, v as never),
    ['fr', 42],
  ],
];

describe('every public function refuses bad input with a typed error', () => {
  for (const [name, run, values] of throwing) {
    it(name, () => {
      for (const value of values) {
        let error: unknown;
        try {
          run(value);
        } catch (caught) {
          error = caught;
        }
        const label = `${name}(${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value)})`;
        expect(error, label).toBeDefined();
        expect(
          error instanceof TypeError ||
            error instanceof RangeError ||
            error instanceof TraceFormatError,
          `${label}: ${String(error)}`,
        ).toBe(true);
      }
    });
  }
});

describe('verifiers answer untrusted input without throwing', () => {
  const root = log.root();
  const proof = log.inclusionProof(1);
  it('verifyInclusion returns false', () => {
    const good = { leafHash: log.leafHash(1), leafIndex: 1, treeSize: 5, proof, root };
    expect(core.verifyInclusion(good)).toBe(true);
    const bad = [
      ...badIndex.map((leafIndex) => ({ ...good, leafIndex })),
      ...badIndex.map((treeSize) => ({ ...good, treeSize })),
      ...badHash.map((leafHash) => ({ ...good, leafHash })),
      ...badHash.map((r) => ({ ...good, root: r })),
      { ...good, proof: 'x' },
      { ...good, proof: [...proof, new Uint8Array(32)] },
      { ...good, proof: Array.from({ length: 65 }, () => new Uint8Array(32)) },
      null,
      42,
    ];
    for (const claim of bad) expect(core.verifyInclusion(claim as never)).toBe(false);
  });
  it('verifyConsistency returns false', () => {
    const good = {
      size1: 2,
      size2: 5,
      root1: log.root(2),
      root2: root,
      proof: log.consistencyProof(2, 5),
    };
    expect(core.verifyConsistency(good)).toBe(true);
    const bad = [
      ...badIndex.map((size1) => ({ ...good, size1 })),
      ...badIndex.map((size2) => ({ ...good, size2 })),
      ...badHash.map((root1) => ({ ...good, root1 })),
      { ...good, size1: 6 },
      { ...good, proof: null },
      null,
    ];
    for (const claim of bad) expect(core.verifyConsistency(claim as never)).toBe(false);
  });
  it('rootFromInclusionProof and isTraceabilityCode answer undefined and false', () => {
    for (const claim of [null, 42, { leafHash: 'x', leafIndex: 0, treeSize: 1, proof: [] }]) {
      expect(core.rootFromInclusionProof(claim as never)).toBeUndefined();
    }
    for (const code of [null, 42, '', 'A.B.C.261120', HUGE_STRING])
      expect(core.isTraceabilityCode(code as never)).toBe(false);
  });
  it('verifyCheckpoint returns a failed result', () => {
    for (const note of ['', HUGE_STRING, 'x\n\n\u2014 a b\n', 42, null]) {
      const result = core.verifyCheckpoint(note as never, [keys.verifierKey]);
      expect(result.ok).toBe(false);
      expect(result.failures[0]?.check).toBe('checkpoint-format');
    }
  });
});
