// Text helpers: NFC everywhere, and lengths as seller centres count them. The folded form for
// matching what people type in headers and place names is @nguongoc/vn-locale's foldForSearch.

/** NFC, trimmed, runs of white space collapsed to one space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
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
