/** A shop category as a product form offers it: its handle and its name in both languages. */
export interface CoopCategory {
  handle: string;
  name: { vi: string; en: string };
}

/**
 * The name of a category in both languages: `metadata.name_en` when set, else the seed's
 * "Trái cây / Fruit" split at its slash, else the Vietnamese name in both.
 */
export function categoryName(
  name: string,
  metadata: Record<string, unknown> | null | undefined,
): CoopCategory['name'] {
  const [vi = name, en] = name.split(' / ');
  const named = typeof metadata?.name_en === 'string' ? metadata.name_en.trim() : '';
  return { vi: vi.trim(), en: named || (en ?? vi).trim() };
}
