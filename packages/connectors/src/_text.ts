// Text helpers: NFC everywhere, and a folded form for matching what people type in headers and
// place names (no diacritics, đ → d, lower case, single spaces).

/** NFC, trimmed, runs of white space collapsed to one space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** "Tỉnh Nghệ  An" → "tinh nghe an": for comparing, never for display. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Cuts at a word boundary so that the result, with "…", is at most `max` characters. */
export function truncateWords(value: string, max: number): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Length in characters (code points), as a seller centre's counter counts. */
export function charLength(value: string): number {
  return [...value].length;
}
