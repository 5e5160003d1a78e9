import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '../src/gs1/check-digit.js';
import { toCanonicalDigitalLink } from '../src/gs1/epc-to-digital-link.js';
import { readVector, readVectorJson } from './_vectors.js';

const ID = 'https://id.gs1.org';

// Every scheme of the vector epcis-hash/epclist_normalisation, with the URI its pre-hash holds.
const vectorCases: [string, string, string][] = [
  ['sgtin', 'urn:epc:id:sgtin:4012345.011111.9876', '/01/04012345111118/21/9876'],
  ['sgtin, escaped serial', 'urn:epc:id:sgtin:4012345.011111.98%22', '/01/04012345111118/21/98%22'],
  [
    'sgtin, 12-digit prefix',
    'urn:epc:id:sgtin:415056789012.0.987654',
    '/01/04150567890128/21/987654',
  ],
  [
    'sgtin, raw !() escaped',
    'urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()',
    '/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29',
  ],
  ['sscc', 'urn:epc:id:sscc:4012345.3111111111', '/00/340123451111111111'],
  ['sgln with extension', 'urn:epc:id:sgln:4012345.00005.122', '/414/4012345000054/254/122'],
  ['sgln, extension 0', 'urn:epc:id:sgln:4012345.00005.0', '/414/4012345000054'],
  ['grai', 'urn:epc:id:grai:4012345.00022.334455', '/8003/04012345000221334455'],
  ['giai', 'urn:epc:id:giai:4012345.ABC345', '/8004/4012345ABC345'],
  ['gsrn', 'urn:epc:id:gsrn:4012345.0000006765', '/8018/401234500000067657'],
  ['gsrnp', 'urn:epc:id:gsrnp:4012345.0000000007', '/8017/401234500000000074'],
  ['gdti', 'urn:epc:id:gdti:4012345.00009.PO-4711', '/253/4012345000092PO-4711'],
  ['gdti, 12-digit prefix', 'urn:epc:id:gdti:987659999999..9', '/253/98765999999929'],
  [
    'cpi',
    'urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234',
    '/8010/061414111111111111111-A%23%2F/8011/1234',
  ],
  ['ginc', 'urn:epc:id:ginc:0614141.xyz47%2F11', '/401/0614141xyz47%2F11'],
  ['gsin', 'urn:epc:id:gsin:4012345.222333444', '/402/40123452223334442'],
  ['itip', 'urn:epc:id:itip:4012345.011111.01.02.987', '/8006/040123451111180102/21/987'],
  [
    'upui',
    "urn:epc:id:upui:1234567.098765.51qIgY)%3C%26Jp3*j7'SDB",
    "/01/01234567987651/235/51qIgY%29%3C%26Jp3%2Aj7'SDB",
  ],
  ['pgln', 'urn:epc:id:pgln:4000001.00000', '/417/4000001000005'],
  ['pgln, 12-digit prefix', 'urn:epc:id:pgln:999999999999.', '/417/9999999999994'],
  ['lgtin class', 'urn:epc:class:lgtin:4012345.012345.Lot987', '/01/04012345123456/10/Lot987'],
  ['DL short name', 'https://id.gs1.org/gtin/09780345418913', '/01/09780345418913'],
  [
    'DL on another domain with a query',
    'https://example.com/gtin/09780345418913/21/765tz?abc=211121',
    '/01/09780345418913/21/765tz',
  ],
];

// Schemes the vectors do not cover (expected values worked out by hand from TDS 2.x).
// prettier-ignore
const moreCases: [string, string, string][] = [
  ['sgcn', 'urn:epc:id:sgcn:4012345.67890.04711', '/255/401234567890104711'],
  ['idpat sgtin', 'urn:epc:idpat:sgtin:4012345.066666.*', '/01/04012345666663'],
  ['idpat grai', 'urn:epc:idpat:grai:4012345.00022.*', '/8003/04012345000221'],
  ['idpat gdti', 'urn:epc:idpat:gdti:4012345.00009.*', '/253/4012345000092'],
  ['idpat sgcn', 'urn:epc:idpat:sgcn:4012345.67890.*', '/255/4012345678901'],
  ['idpat cpi', 'urn:epc:idpat:cpi:0614141.5PQ7%2FZ43.*', '/8010/06141415PQ7%2FZ43'],
  ['idpat itip', 'urn:epc:idpat:itip:4012345.011111.01.02.*', '/8006/040123451111180102'],
  ['idpat upui', 'urn:epc:idpat:upui:1234567.098765.*', '/01/01234567987651'],
  ['sgln, text extension', 'urn:epc:id:sgln:4012345.00005.A:B', '/414/4012345000054/254/A%3AB'],
  ['DL GTIN-13 padded', 'http://brand.example/01/4012345111118', '/01/04012345111118'],
  ['DL GTIN-8 padded', 'https://brand.example/01/40170725', '/01/00000040170725'],
  [
    'DL path prefix, CPV and lot dropped',
    'https://brand.example/shop/01/04012345111118/22/blue/10/L1/21/S1#top',
    '/01/04012345111118/21/S1',
  ],
  ['DL lot alone kept', 'https://brand.example/gtin/04012345111118/lot/L1', '/01/04012345111118/10/L1'],
  ['DL GLN with extension', 'https://x.example/gln/4012345000054/254/7', '/414/4012345000054/254/7'],
  ['DL CPI with serial', 'https://x.example/cpid/4012345ABC/8011/123', '/8010/4012345ABC/8011/123'],
  ['DL ITIP with serial', 'https://x.example/itip/040123451111180102/ser/9', '/8006/040123451111180102/21/9'],
  ['DL raw ( escaped', 'https://x.example/01/04012345111118/21/a(1)', '/01/04012345111118/21/a%281%29'],
];

describe('toCanonicalDigitalLink', () => {
  it('covers every identifier of the epclist_normalisation vector', () => {
    const document = readVectorJson<{ epcisBody: { eventList: { epcList: string[] }[] } }>(
      'epcis-hash/epclist_normalisation.jsonld',
    );
    const epcs = document.epcisBody.eventList[0]!.epcList;
    expect(vectorCases.map(([, input]) => input).sort()).toEqual([...epcs].sort());
    const preHash = readVector('epcis-hash/epclist_normalisation.prehashes');
    const listed = preHash.split('epcList')[1]!.split('action=')[0]!.split('epc=').slice(1);
    expect(vectorCases.map(([, , path]) => ID + path).sort()).toEqual(listed);
  });

  for (const [name, input, path] of [...vectorCases, ...moreCases]) {
    it(`${name}: ${input}`, () => {
      expect(toCanonicalDigitalLink(input)).toBe(ID + path);
      // The canonical form is a fixed point.
      expect(toCanonicalDigitalLink(ID + path)).toBe(ID + path);
    });
  }

  it('returns undefined for strings that are not GS1 identifiers', () => {
    for (const input of [
      'http://transaction.acme.com/po/12345678',
      'http://www.opengis.net/def/crs/EPSG/0/27700',
      'geo:50.947573340894124,6.922120147375441',
      'urn:epcglobal:cbv:bt:0614141073467:1152',
      'https://ref.gs1.org/cbv/BizStep-shipping',
      'urn:epc:id:sgtin:4012345.01111.9876', // 12 digits, not 13
      'urn:epc:id:sgtin:40123.0111111.9876', // company prefix too short
      'urn:epc:id:sgtin:4012345.011111.', // no serial
      'urn:epc:id:sgtin:4012345.011111.a#b', // # is not an AI82 character
      'urn:epc:id:sgtin:4012345.011111.123456789012345678901', // serial over 20
      'urn:epc:id:sgln:4012345.00005', // no extension
      'urn:epc:id:cpi:0614141.abc.1', // lower case is not AI39
      'urn:epc:idpat:sgtin:4012345.*.*',
      'urn:epc:id:foo:4012345.1',
      'URN:EPC:ID:SGTIN:4012345.011111.9876',
      'https://id.gs1.org/01/12345678901', // 11 digits
      'https://id.gs1.org/01/04012345111118/', // trailing slash
      'https://id.gs1.org/01/04012345111118/21/S1/235/T', // serial and TPX
      'https://id.gs1.org/01/04012345111118/99/x', // not a qualifier of 01
      'https://id.gs1.org/414/4012345000054/21/1', // 21 is not a qualifier of 414
      'https://id.gs1.org/01/04012345111118/21/a b', // space
      'ftp://id.gs1.org/01/04012345111118',
      '',
    ]) {
      expect(toCanonicalDigitalLink(input), input).toBeUndefined();
    }
  });

  it('throws TypeError for a non-string', () => {
    expect(() => toCanonicalDigitalLink(42 as never)).toThrow(TypeError);
    expect(() => toCanonicalDigitalLink(undefined as never)).toThrow(/^uri: /);
  });

  it('gives an SGTIN EPC URI and its Digital Link on any domain the same form (property)', () => {
    const digits = (min: number, max: number) =>
      fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
    const serial = fc.stringMatching(/^[A-Za-z0-9'.;=_-]{1,20}$/);
    fc.assert(
      fc.property(digits(6, 12), digits(7, 7), serial, fc.domain(), (cp, refDigits, ser, host) => {
        const itemRef = refDigits.slice(0, 13 - cp.length);
        const body = itemRef[0] + cp + itemRef.slice(1);
        const gtin = body + gs1CheckDigit(body);
        const fromEpc = toCanonicalDigitalLink(`urn:epc:id:sgtin:${cp}.${itemRef}.${ser}`);
        expect(fromEpc).toBe(`${ID}/01/${gtin}/21/${ser}`);
        expect(toCanonicalDigitalLink(`https://${host}/gtin/${gtin}/ser/${ser}?x=1`)).toBe(fromEpc);
      }),
    );
  });
});
