// React 18.3's renderToPipeableStream writes a whole 2,048-byte buffer when the next character
// does not fit in what is left of it, unused bytes included: a page with Vietnamese text (two or
// three bytes a character in UTF-8) gets one to three NUL bytes wherever a character falls on a
// buffer's end (facebook/react#24985, fixed by #26228 in React 19 only). Browsers drop them, but
// the HTML is not what was rendered. This stream drops them again; valid UTF-8 never ends a
// chunk React writes with a zero byte.
import { Transform } from 'node:stream';

export function withoutTrailingNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let end = chunk.length;
      while (end > 0 && chunk[end - 1] === 0) end--;
      done(null, end === chunk.length ? chunk : chunk.subarray(0, end));
    },
  });
}
