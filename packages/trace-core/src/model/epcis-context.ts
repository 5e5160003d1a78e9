/** The JSON-LD context of the EPCIS 2.0 standard, referenced by URL (section 9.4 of EPCIS 2.0). */
export const EPCIS_CONTEXT_URL = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/**
 * NguonGoc's namespace for extension fields (field work, pesticides, certificates, notes) and for
 * its own business steps. CBV words are never bent to mean something else (DESIGN.md): what CBV
 * has no word for lives here, under the `ng:` prefix.
 */
export const NGUONGOC_NAMESPACE = 'https://ns.nguongoc.vn/epcis/';

/** The @context every NguonGoc EPCIS document and lot bundle carries. */
export const NGUONGOC_CONTEXT = [EPCIS_CONTEXT_URL, { ng: NGUONGOC_NAMESPACE }] as const;

/** An EPCIS 2.0 event in JSON-LD: a plain JSON object whose `type` names the event type. */
export type EpcisEvent = { type: string; eventTime: string } & Record<string, unknown>;
