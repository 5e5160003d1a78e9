import type { StoreLot } from '@nguongoc/contracts';
import { type Lot, type LotBundle, NGUONGOC_NAMESPACE } from '@nguongoc/trace-core';

/**
 * Sums up a lot from its bundle, so that the numbers are those of the trace page: the events a
 * signed checkpoint covers. A kind is named as trace-core's `lotStory` titles a step: the
 * NguonGoc field work when the event has one, else the last word of its `bizStep`, else its type.
 */
export function storeLot(lot: Lot, bundle: LotBundle): StoreLot {
  const kinds = new Set<string>();
  let first: { at: number; text: string } | undefined;
  let last: { at: number; text: string } | undefined;
  for (const { event } of bundle.events) {
    const fieldWork = event['ng:fieldWork'] ?? event[`${NGUONGOC_NAMESPACE}fieldWork`];
    kinds.add(
      typeof fieldWork === 'string'
        ? fieldWork
        : typeof event.bizStep === 'string'
          ? event.bizStep.replace(/^.*[/:-]/, '')
          : String(event.type),
    );
    const text = typeof event.eventTime === 'string' ? event.eventTime : undefined;
    const at = text === undefined ? NaN : Date.parse(text);
    if (text === undefined || Number.isNaN(at)) continue;
    if (!first || at < first.at) first = { at, text };
    if (!last || at >= last.at) last = { at, text };
  }
  return {
    id: lot.id,
    code: lot.code,
    trace_path: `/t/${lot.id}`,
    event_count: bundle.events.length,
    first_event_at: first?.text ?? null,
    last_event_at: last?.text ?? null,
    kinds: [...kinds],
  };
}
