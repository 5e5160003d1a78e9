/** A product's OCOP stars (`metadata.ocop_stars`, 3 to 5), or null if it has none. */
export function ocopStars(metadata: Record<string, unknown>): 3 | 4 | 5 | null {
  const stars = Number(metadata.ocop_stars);
  return stars === 3 || stars === 4 || stars === 5 ? stars : null;
}
