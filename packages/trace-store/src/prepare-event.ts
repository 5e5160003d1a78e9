import {
  type EpcisEvent,
  NGUONGOC_CONTEXT,
  TraceFormatError,
  canonicalize,
  epcisEventHash,
} from '@nguongoc/trace-core';

/** Largest event the store accepts, as canonical JSON: a real event is 0.5–2 KB. */
export const MAX_EVENT_BYTES = 64 * 1024;

const LOCATION_URN = 'urn:nguongoc:location:';

/** An event as the store keeps it: its CBV 2.0 hash ID, canonical JSON and place. */
export interface PreparedEvent {
  eventId: string;
  eventText: string;
  place: string | null;
}

/**
 * The CBV hash ID and canonical JSON of an event, within the size limit, and the place its read
 * point names.
 * @throws TraceFormatError for a malformed event, or `store.event_size` for one over the limit.
 */
export function prepareEvent(event: EpcisEvent): PreparedEvent {
  const eventId = epcisEventHash(event, NGUONGOC_CONTEXT);
  const eventText = canonicalize(event);
  const size = Buffer.byteLength(eventText);
  if (size > MAX_EVENT_BYTES) {
    throw new TraceFormatError('store.event_size', 'event', {
      vi: `dài ${size} byte; giới hạn là ${MAX_EVENT_BYTES}`,
      en: `is ${size} bytes; the limit is ${MAX_EVENT_BYTES}`,
    });
  }
  return { eventId, eventText, place: eventPlace(event) };
}

/**
 * The location record that an event's read point names (`urn:nguongoc:location:<id>`), if any:
 * `events.place`, a read index for lot bundles (ADR 007).
 */
export function eventPlace(event: EpcisEvent): string | null {
  const id = (event as { readPoint?: { id?: unknown } }).readPoint?.id;
  if (typeof id !== 'string' || !id.startsWith(LOCATION_URN)) return null;
  const place = id.slice(LOCATION_URN.length);
  return place.length > 0 && place.length <= 64 ? place : null;
}
