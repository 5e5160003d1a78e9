// LabelError takes one bilingual Message (ADR 028): the two languages cannot be swapped, and what
// people and the web page read (`message`, `messageVi`, `messageEn`) is as before.
import { describe, expect, it } from 'vitest';
import { LabelError } from '../src/index.js';

describe('LabelError', () => {
  it('writes the location, then Vietnamese / English', () => {
    const error = new LabelError(
      'csv.value',
      { vi: 'stars: "6" phải là 3, 4 hoặc 5', en: 'stars: "6" must be 3, 4 or 5' },
      { file: 'a.csv', line: 3, column: 4 },
    );
    expect(error.message).toBe(
      'a.csv, dòng/line 3, cột/column 4: stars: "6" phải là 3, 4 hoặc 5 / stars: "6" must be 3, 4 or 5',
    );
    expect([error.messageVi, error.messageEn]).toEqual([
      'stars: "6" phải là 3, 4 hoặc 5',
      'stars: "6" must be 3, 4 or 5',
    ]);
    expect(error.reason).toEqual({ vi: error.messageVi, en: error.messageEn });
  });

  it('refuses two bare strings at compile time', () => {
    // @ts-expect-error the explanation is one { vi, en } message (tsc checks this line)
    const error = new LabelError('x', 'tiếng Việt', 'English');
    expect(error.code).toBe('x');
  });
});
