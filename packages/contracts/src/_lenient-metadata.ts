import { z } from 'zod';

/**
 * A reader of a Medusa `metadata` object, which anyone can edit by hand in the admin: each known
 * field when it is well-formed, absent when it is missing or malformed, other keys dropped. A
 * reader never fails on metadata, so one product or address typed wrong cannot break a page.
 */
export function lenientMetadataReader(fields: Record<string, z.ZodType>) {
  const schema = z.object(
    Object.fromEntries(
      Object.entries(fields).map(([key, field]) => [key, field.optional().catch(undefined)]),
    ),
  );
  return (metadata: unknown): Record<string, unknown> => {
    const read = schema.parse(isRecord(metadata) ? metadata : {});
    return Object.fromEntries(Object.entries(read).filter((entry) => entry[1] !== undefined));
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
