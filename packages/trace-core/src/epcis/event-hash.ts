// EPCIS event hash IDs (GS1 CBV 2.0 section 8.9): a name for an EPCIS event derived from its
// content alone, so that two parties holding the same event in JSON-LD (or XML) compute the same
// ID without agreeing on an eventID first. The canonical pre-hash string is built in _prehash.ts.
import { aobject, astring } from '../_assert.js';
import { sha256Utf8Hex } from '../_sha256.js';
import { TraceFormatError } from '../errors.js';
import { preHashString } from './_prehash.js';

/** A JSON-LD `@context` value: a string (remote context), an object, or an array of them. */
export type JsonLdContext = unknown;

/** Options of {@link epcisPreHashString}. */
export interface EventHashOptions {
  /**
   * The `@context` of the document the event came from. Its object entries declare the prefixes
   * of extension fields and compact IRI values (`{"example": "https://ns.example.com/epcis/"}`);
   * the prefixes of the EPCIS 2.0 context (`gs1`, `cbvmda`, ...) and the event's own `@context`
   * always apply.
   */
  context?: JsonLdContext;
  /** Top-level event fields to leave out of the hash, as compact (`ex:hash`) or full IRIs. */
  ignoreFields?: readonly string[];
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkedEvent(event: unknown, name: string): [Record<string, unknown>, string] {
  const record = aobject(event, name);
  if (!nonEmptyString(record.type)) {
    throw new TraceFormatError('epcis.event_type', `${name}.type`, {
      vi: 'cần có loại sự kiện dạng chuỗi, ví dụ "ObjectEvent"',
      en: 'expected the event type as a string, e.g. "ObjectEvent"',
    });
  }
  if (!nonEmptyString(record.eventTime)) {
    throw new TraceFormatError('epcis.event_time', `${name}.eventTime`, {
      vi: 'cần có thời điểm sự kiện dạng chuỗi ISO 8601 kèm độ lệch múi giờ',
      en: 'expected the event time as an ISO 8601 string with a time zone offset',
    });
  }
  return [record, record.type];
}

function hashId(preHash: string): string {
  return `ni:///sha-256;${sha256Utf8Hex(preHash)}?ver=CBV2.0`;
}

/**
 * The canonical pre-hash string of an EPCIS 2.0 JSON-LD event (GS1 CBV 2.0 section 8.9), the text
 * whose SHA-256 is the event hash ID. Useful to see why two events hash differently.
 *
 * It is `eventType=<type>` followed, without separators, by the standard fields in the canonical
 * property order, then the remaining fields (business transactions, sources, destinations, ILMD,
 * extensions) sorted. Values are trimmed; time stamps become UTC with milliseconds; numbers lose
 * trailing zeros; CBV bare words and old `urn:epcglobal:cbv:` URNs become web URIs; EPC URIs and
 * GS1 Digital Links become canonical Digital Links on id.gs1.org; compact IRIs are expanded.
 * `eventID`, `recordTime`, `errorDeclaration`, `@context` and comments are left out. Unusual
 * values inside the event never throw: they are rendered as the algorithm describes.
 *
 * @throws TypeError if `event` is not an object or `options.ignoreFields` is not an array of
 *   strings; TraceFormatError (`epcis.event_type`, `epcis.event_time`) if the event has no
 *   string `type` or `eventTime`; RangeError if the event nests deeper than 256 levels.
 * @example epcisPreHashString({ type: 'ObjectEvent', eventTime: '2020-03-04T11:00:30+01:00',
 *   eventTimeZoneOffset: '+01:00', action: 'OBSERVE', bizStep: 'shipping' })
 *   // 'eventType=ObjectEventeventTime=2020-03-04T10:00:30.000ZeventTimeZoneOffset=+01:00
 *   //  action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shipping' (one line)
 */
export function epcisPreHashString(
  event: Record<string, unknown>,
  options: EventHashOptions = {},
): string {
  const [record, type] = checkedEvent(event, 'event');
  const { context, ignoreFields = [] } = aobject(options, 'options') as EventHashOptions;
  if (!Array.isArray(ignoreFields)) {
    throw new TypeError('options.ignoreFields: expected an array of strings');
  }
  ignoreFields.forEach((name, i) => astring(name, `options.ignoreFields[${i}]`));
  return preHashString(record, type, context, ignoreFields);
}

/**
 * The EPCIS event hash ID of an EPCIS 2.0 JSON-LD event, `ni:///sha-256;<hex>?ver=CBV2.0` (GS1
 * CBV 2.0 section 8.9, RFC 6920 named information): SHA-256 of {@link epcisPreHashString}.
 *
 * @param context the `@context` of the enclosing EPCIS document, for the prefixes of extensions.
 * @throws TypeError if `event` is not an object; TraceFormatError if it has no string `type` or
 *   `eventTime`; RangeError if it nests deeper than 256 levels.
 * @example epcisEventHash(document.epcisBody.eventList[0], document['@context'])
 *   // 'ni:///sha-256;6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7?ver=CBV2.0'
 */
export function epcisEventHash(event: Record<string, unknown>, context?: JsonLdContext): string {
  return hashId(epcisPreHashString(event, { context }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The event list of an EPCISDocument or EPCISQueryDocument, and where it was found. */
function eventList(document: Record<string, unknown>): [unknown[], string] {
  const body = document.epcisBody;
  if (isRecord(body) && Array.isArray(body.eventList)) {
    return [body.eventList, 'document.epcisBody.eventList'];
  }
  const results = isRecord(body) && isRecord(body.queryResults) ? body.queryResults : undefined;
  if (results && isRecord(results.resultsBody) && Array.isArray(results.resultsBody.eventList)) {
    return [results.resultsBody.eventList, 'document.epcisBody.queryResults.resultsBody.eventList'];
  }
  throw new TraceFormatError('epcis.event_list', 'document.epcisBody', {
    vi: 'cần có eventList, hoặc queryResults.resultsBody.eventList trong tài liệu truy vấn',
    en: 'expected an eventList, or queryResults.resultsBody.eventList in a query document',
  });
}

/**
 * Fields that a document asks to leave out of its events' hashes. This is a convention of the
 * reference implementation (RalphTro/epcis-event-hash-generator), not of CBV: a repository that
 * adds its own fields to stored events (say `repository-x:hash`) lists them in a document
 * property `<prefix>:ignoreFields`, so the events keep the IDs they had before. Any top-level
 * property (or, in a query document, `queryResults` property) whose local name is
 * `ignoreFields` counts; non-string entries are skipped.
 */
function documentIgnoreFields(document: Record<string, unknown>): string[] {
  const body = document.epcisBody;
  const holders = [document, isRecord(body) ? body.queryResults : undefined].filter(isRecord);
  return holders.flatMap((holder) =>
    Object.entries(holder)
      .filter(([key]) => /(^|[:/#}])ignoreFields$/.test(key))
      .flatMap(([, names]) => (Array.isArray(names) ? names : [names]))
      .filter((name): name is string => typeof name === 'string'),
  );
}

/**
 * The EPCIS event hash IDs of every event of an EPCIS 2.0 JSON-LD `EPCISDocument`
 * (`epcisBody.eventList`) or `EPCISQueryDocument` (`epcisBody.queryResults.resultsBody.eventList`),
 * in document order (GS1 CBV 2.0 section 8.9). The document's `@context` supplies the prefixes.
 *
 * @throws TypeError if `document` or an event is not an object; TraceFormatError
 *   (`epcis.event_list`) if there is no event list, (`epcis.event_type`, `epcis.event_time`) if an
 *   event has no string `type` or `eventTime`, naming the event by its index.
 * @example epcisEventHashes(JSON.parse(await file.text())) // ['ni:///sha-256;…?ver=CBV2.0', …]
 */
export function epcisEventHashes(document: Record<string, unknown>): string[] {
  const record = aobject(document, 'document');
  const [events, path] = eventList(record);
  const ignoreFields = documentIgnoreFields(record);
  return events.map((event, i) => {
    const [checked, type] = checkedEvent(event, `${path}[${i}]`);
    return hashId(preHashString(checked, type, record['@context'], ignoreFields));
  });
}
