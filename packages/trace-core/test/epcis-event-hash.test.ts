import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, utf8ToBytes } from '../src/_bytes.js';
import * as vocabulary from '../src/epcis/_cbv-vocabulary.js';
import { epcisEventHash, epcisEventHashes, epcisPreHashString } from '../src/epcis/event-hash.js';
import { TraceFormatError } from '../src/errors.js';
import { listVectors, readVector, readVectorJson } from './_vectors.js';

type Json = Record<string, unknown>;

/** Lines of a vector file; one of them has no trailing newline. */
function lines(text: string): string[] {
  const out = text.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function eventsOf(document: Json): Json[] {
  const body = document.epcisBody as Json;
  const list = body.eventList ?? ((body.queryResults as Json).resultsBody as Json).eventList;
  return list as Json[];
}

const vectors = listVectors('epcis-hash')
  .filter((file) => file.endsWith('.jsonld'))
  .map((file) => {
    const name = file.slice(0, -'.jsonld'.length);
    const document = readVectorJson<Json>(`epcis-hash/${file}`);
    return {
      name,
      document,
      hashes: lines(readVector(`epcis-hash/${name}.hashes`)),
      preHashes: lines(readVector(`epcis-hash/${name}.prehashes`)),
      ignoreFields: (document['repository-x:ignoreFields'] ?? []) as string[],
    };
  });
const allEvents = vectors.flatMap(({ document }) =>
  eventsOf(document).map((event) => ({ event, context: document['@context'] })),
);
const hashOf = (event: Json, context: unknown) => epcisEventHash(event, context);

describe('epcisEventHash: published vectors (CBV 2.0 section 8.9 reference implementation)', () => {
  it('finds all vector sets', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, document, hashes, preHashes, ignoreFields } of vectors) {
    it(`${name}: epcisEventHashes gives every ID in document order`, () => {
      expect(epcisEventHashes(document)).toEqual(hashes);
    });

    it(`${name}: pre-hash strings and per-event IDs match exactly`, () => {
      const events = eventsOf(document);
      expect(events).toHaveLength(preHashes.length);
      events.forEach((event, i) => {
        const context = document['@context'];
        const preHash = epcisPreHashString(event, { context, ignoreFields });
        expect(preHash).toBe(preHashes[i]);
        const digest = bytesToHex(sha256(utf8ToBytes(preHash)));
        expect(`ni:///sha-256;${digest}?ver=CBV2.0`).toBe(hashes[i]);
        if (ignoreFields.length === 0) expect(epcisEventHash(event, context)).toBe(hashes[i]);
      });
    });
  }

  it('honours a document-level ignoreFields list only for the fields it names', () => {
    const vector = vectors.find((v) => v.name === 'epcisDocHavingEventWithIgnoreFields')!;
    const [withExtras, plain] = eventsOf(vector.document);
    const context = vector.document['@context'];
    expect(epcisEventHash(plain!, context)).toBe(vector.hashes[1]);
    expect(epcisEventHash(withExtras!, context)).not.toBe(vector.hashes[0]);
    const full = [
      'https://repository-x.example.com/hash',
      'https://ns.example.com/epcis/captureID',
    ];
    expect(epcisPreHashString(withExtras!, { context, ignoreFields: full })).toBe(
      vector.preHashes[0],
    );
  });
});

describe('CBV vocabulary tables', () => {
  const context = readVectorJson<{ '@context': Json }>('epcis-schema/epcis-context.jsonld')[
    '@context'
  ];
  const scoped = (term: unknown): Json => (term as { '@context': Json })['@context'];
  const lists = scoped(context.sensorElementList);
  const report = scoped(lists.sensorReport);
  const cases: [string, vocabulary.CbvVocabulary, Json, string][] = [
    ['bizStep', vocabulary.BIZ_STEP, scoped(context.bizStep), 'cbv:BizStep-'],
    ['disposition', vocabulary.DISPOSITION, scoped(context.disposition), 'cbv:Disp-'],
    [
      'persistentDisposition',
      vocabulary.DISPOSITION,
      (scoped(context.persistentDisposition) as unknown as Json[])[0]!,
      'cbv:Disp-',
    ],
    [
      'bizTransactionList type',
      vocabulary.BIZ_TRANSACTION_TYPE,
      scoped(scoped(context.bizTransactionList).type),
      'cbv:BTT-',
    ],
    [
      'sourceList type',
      vocabulary.SOURCE_DESTINATION_TYPE,
      scoped(scoped(context.sourceList).type),
      'cbv:SDT-',
    ],
    [
      'destinationList type',
      vocabulary.SOURCE_DESTINATION_TYPE,
      scoped(scoped(context.destinationList).type),
      'cbv:SDT-',
    ],
    ['sensorReport type', vocabulary.MEASUREMENT_TYPE, scoped(report.type), 'gs1:'],
    ['sensorReport exception', vocabulary.SENSOR_EXCEPTION, scoped(report.exception), 'gs1:'],
    ['sensorReport component', vocabulary.SENSOR_COMPONENT, scoped(report.component), 'cbv:Comp-'],
    [
      'errorDeclaration reason',
      vocabulary.ERROR_REASON,
      scoped(scoped(context.errorDeclaration).reason),
      'cbv:ER-',
    ],
  ];

  for (const [name, table, terms, curie] of cases) {
    it(`${name} equals the scoped term list of the EPCIS 2.0 context`, () => {
      const words = Object.keys(terms).filter((term) => !term.startsWith('@'));
      expect([...table.words].sort()).toEqual(words.sort());
      for (const term of words) expect(terms[term]).toBe(curie + term);
      const [prefix, rest] = curie.split(':') as [string, string];
      expect(table.base).toBe((context[prefix] as string) + rest);
    });
  }

  it('knows the prefixes that the EPCIS 2.0 context declares', () => {
    for (const [prefix, namespace] of Object.entries(vocabulary.EPCIS_CONTEXT_PREFIXES)) {
      expect(context[prefix]).toBe(namespace);
    }
  });
});

/** Deterministic pseudo-random generator for shuffles driven by a fast-check seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same JSON with every object's keys and every array's items in another order. */
function permute(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return shuffled(value, next).map((item) => permute(item, next));
  if (typeof value !== 'object' || value === null) return value;
  const entries = shuffled(Object.entries(value), next);
  return Object.fromEntries(entries.map(([key, item]) => [key, permute(item, next)]));
}

type Path = (string | number)[];
const notHashed = new Set(['eventID', 'recordTime', '@context', 'repository-x:hash']);

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, item]) =>
    path.length === 0 && notHashed.has(key)
      ? []
      : leafPaths(item, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function withLeaf(value: unknown, path: Path, change: (leaf: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Json) }) as Json;
  copy[head as string] = withLeaf(copy[head as string], rest, change);
  return copy;
}

describe('epcisEventHash properties', () => {
  const anyEvent = fc.constantFrom(...allEvents);

  it('ignores the order of keys and of every list', () => {
    fc.assert(
      fc.property(anyEvent, fc.integer(), ({ event, context }, seed) => {
        const permuted = permute(event, random(seed)) as Json;
        expect(hashOf(permuted, context)).toBe(hashOf(event, context));
      }),
    );
  });

  it('changes when any leaf value of an event changes', () => {
    const leaves = allEvents.flatMap(({ event, context }) =>
      leafPaths(event).map((path) => ({ event, context, path })),
    );
    expect(leaves.length).toBeGreaterThan(300);
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.stringMatching(/^Q[a-z0-9]{0,4}$/),
        ({ event, context, path }, prefix) => {
          const changed = withLeaf(event, path, (leaf) =>
            typeof leaf === 'number'
              ? leaf + 1000.5
              : typeof leaf === 'boolean'
                ? !leaf
                : `${prefix}${String(leaf)}`,
          ) as Json;
          expect(hashOf(changed, context)).not.toBe(hashOf(event, context));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same ID for the same instant written with another offset', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        anyEvent,
        fc.date({
          min: new Date('1971-01-01Z'),
          max: new Date('2999-12-31Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        ({ event, context }, instant, offsetMinutes) => {
          const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zoned = `${local.slice(0, -1)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
          const inUtc = { ...event, eventTime: instant.toISOString() };
          const inZone = { ...event, eventTime: zoned };
          expect(hashOf(inZone, context)).toBe(hashOf(inUtc, context));
        },
      ),
    );
  });

  it('never throws on odd JSON values inside an event', () => {
    fc.assert(
      fc.property(anyEvent, fc.string(), fc.jsonValue(), ({ event, context }, key, value) => {
        fc.pre(key !== 'type' && key !== 'eventTime');
        const odd = { ...event, [key]: value };
        expect(hashOf(odd, context)).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
      }),
    );
  });
});

const base = {
  type: 'ObjectEvent',
  eventTime: '2024-05-06T07:08:09.123Z',
  eventTimeZoneOffset: '+07:00',
  action: 'OBSERVE',
};
const head = 'eventType=ObjectEventeventTime=2024-05-06T07:08:09.123ZeventTimeZoneOffset=+07:00';
const preHash = (fields: Json, context?: unknown) =>
  epcisPreHashString({ ...base, ...fields }, { context });

describe('epcisPreHashString canonical values', () => {
  it('rounds the fourth fraction digit half up and carries into the next second', () => {
    expect(preHash({ eventTime: '2023-01-18T11:04:03.1425Z' })).toContain('03.143Z');
    expect(preHash({ eventTime: '2023-12-31T23:59:59.9995Z' })).toContain(
      'eventTime=2024-01-01T00:00:00.000Z',
    );
    expect(preHash({ eventTime: '2023-01-18T11:04:03.1424999Z' })).toContain('03.142Z');
    expect(preHash({ eventTime: '2023-01-18T11:04:03-01:30' })).toContain('12:34:03.000Z');
  });

  it('normalises common and unusual spellings of one instant alike (property)', () => {
    // Whole or millisecond seconds with an offset take a fast native path; other spellings the
    // general parser. Both must agree, including on 29 February and across offsets.
    const time = (text: string) =>
      /eventTime=([^e]*)eventTimeZone/.exec(preHash({ eventTime: text }))?.[1];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const shifted = new Date(date.getTime() + offsetMinutes * 60_000)
            .toISOString()
            .slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const h = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
          const m = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
          const simple = `${shifted}${sign}${h}:${m}`;
          expect(time(simple)).toBe(date.toISOString());
          expect(time(`${shifted}0${sign}${h}${m}`)).toBe(date.toISOString());
        },
      ),
    );
    expect(time('2024-02-29T12:00:00+07:00')).toBe('2024-02-29T05:00:00.000Z');
    expect(time('2023-02-29T12:00:00+07:00')).toBe('2023-02-29T12:00:00+07:00');
  });

  it('leaves a time that is not a date-time as written', () => {
    expect(preHash({ eventTime: ' 2023-02-30T00:00:00Z ' })).toContain(
      'eventTime=2023-02-30T00:00:00Z',
    );
  });

  it('prints numbers as the reference (Python) does', () => {
    const report = (value: unknown) =>
      preHash({ sensorElementList: [{ sensorReport: [{ value }] }] }).split('sensorReport')[1];
    expect(report(12.0)).toBe('value=12');
    expect(report(0.00001)).toBe('value=1e-05');
    expect(report(-2.5e-7)).toBe('value=-2.5e-07');
    expect(report(0.0001)).toBe('value=0.0001');
    expect(report(0.1 + 0.2)).toBe('value=0.30000000000000004');
    expect(report(1e21)).toBe('value=1000000000000000000000');
    expect(report(-0)).toBe('value=0');
    expect(report('+1_000.50')).toBe('value=1000.5');
    expect(report('1e400')).toBe('value=1e400');
    expect(report('NaN')).toBe('value=NaN');
  });

  it('expands CBV words by field only, and old CBV URNs everywhere', () => {
    const text = preHash({
      bizStep: 'urn:epcglobal:cbv:bizstep:receiving',
      disposition: 'shipping',
      persistentDisposition: { set: ['damaged', 'recalled'], unset: 'in_transit' },
      'example:status': 'shipping',
    });
    expect(text).toContain('bizStep=https://ref.gs1.org/cbv/BizStep-receiving');
    expect(text).toContain('disposition=shipping');
    expect(text).toContain(
      'persistentDispositionset=https://ref.gs1.org/cbv/Disp-damagedset=https://ref.gs1.org/cbv/Disp-recalledunset=https://ref.gs1.org/cbv/Disp-in_transit',
    );
    expect(text).toContain('example:status=shipping');
  });

  it('renders typed list entries type first whatever the key order, and without a type', () => {
    const text = preHash({
      bizTransactionList: [
        { bizTransaction: 'urn:epcglobal:cbv:bt:0614141000005:PO1', type: 'po' },
        { bizTransaction: 'http://example.com/po/2' },
      ],
    });
    expect(text).toBe(
      `${head}action=OBSERVEbizTransactionList` +
        'bizTransaction=http://example.com/po/2' +
        'type=https://ref.gs1.org/cbv/BTT-pobizTransaction=urn:epcglobal:cbv:bt:0614141000005:PO1',
    );
  });

  it('places extensions of readPoint at its end, whatever their namespace', () => {
    const context = { ex: 'urn:example:' };
    const text = preHash({ readPoint: { 'ex:door': 'north', id: 'geo:1,2' } }, context);
    expect(text).toBe(`${head}action=OBSERVEreadPointid=geo:1,2{urn:example:}door=north`);
  });

  it('uses the prefixes of the EPCIS context and of the event, and skips comments', () => {
    const text = epcisPreHashString({
      ...base,
      '@context': [{ my: 'https://my.example/' }],
      ilmd: { 'cbvmda:lotNumber': 'L1', 'my:grade': 'my:A' },
      'rdfs:comment': 'not hashed',
      comment: 'not hashed either',
    });
    expect(text).toBe(
      `${head}action=OBSERVEilmd{https://my.example/}grade=https://my.example/A` +
        '{urn:epcglobal:cbv:mda:}lotNumber=L1',
    );
  });

  it('sorts by code point (UTF-8 byte order), not by UTF-16 unit', () => {
    const text = preHash({ 'ex:a': ['\u{1f600}', '\ufb33'] });
    expect(text).toBe(`${head}action=OBSERVEex:a=\ufb33ex:a=\u{1f600}`);
  });

  it('writes booleans as true/false and leaves out null values', () => {
    const text = preHash({ 'ex:flag': true, 'ex:none': null, bizStep: null, 'ex:empty': '' });
    expect(text).toBe(`${head}action=OBSERVEex:emptyex:flag=true`);
  });
});

describe('epcis event hash: bad input', () => {
  const event = { ...base };

  it('throws TypeError naming the argument for a non-object', () => {
    for (const bad of [null, undefined, 'event', 42, [event]]) {
      expect(() => epcisEventHash(bad as never)).toThrow(TypeError);
      expect(() => epcisEventHash(bad as never)).toThrow(/^event: /);
      expect(() => epcisEventHashes(bad as never)).toThrow(/^document: /);
    }
    expect(() => epcisPreHashString(event, null as never)).toThrow(/options/);
    expect(() => epcisPreHashString(event, { ignoreFields: 'x' as never })).toThrow(TypeError);
    expect(() => epcisPreHashString(event, { ignoreFields: [1 as never] })).toThrow(
      /options\.ignoreFields\[0\]/,
    );
  });

  function formatError(run: () => unknown): TraceFormatError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(TraceFormatError);
      return error as TraceFormatError;
    }
    throw new Error('expected a TraceFormatError');
  }

  it('throws TraceFormatError for an event without a string type or eventTime', () => {
    for (const type of [undefined, 7, '', null]) {
      const error = formatError(() => epcisEventHash({ ...event, type }));
      expect(error.code).toBe('epcis.event_type');
      expect(error.field).toBe('event.type');
      expect(error.messageVi).toMatch(/loại sự kiện/);
    }
    for (const eventTime of [undefined, 1700000000000, '  ']) {
      const error = formatError(() => epcisEventHash({ ...event, eventTime }));
      expect(error.code).toBe('epcis.event_time');
      expect(error.field).toBe('event.eventTime');
    }
  });

  it('throws TraceFormatError for a document without an event list', () => {
    for (const document of [{}, { epcisBody: {} }, { epcisBody: { queryResults: {} } }]) {
      expect(formatError(() => epcisEventHashes(document)).code).toBe('epcis.event_list');
    }
    const document = { epcisBody: { eventList: [event, 'x', { ...event, type: 1 }] } };
    expect(() => epcisEventHashes(document)).toThrow(/document\.epcisBody\.eventList\[1\]/);
    document.epcisBody.eventList.splice(1, 1);
    expect(formatError(() => epcisEventHashes(document)).field).toBe(
      'document.epcisBody.eventList[1].type',
    );
  });

  it('rejects nesting deeper than 256 levels with RangeError', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 300; i++) deep = { 'ex:a': deep };
    expect(() => epcisEventHash({ ...event, ilmd: deep })).toThrow(RangeError);
  });
});
