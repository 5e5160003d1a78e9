import { describe, expect, it } from 'vitest';
import { TraceFormatError } from '../src/index.js';

describe('TraceFormatError', () => {
  it('takes its explanation as one { vi, en } message and names the field in both languages', () => {
    const error = new TraceFormatError('gtin.check_digit', 'gtin', {
      vi: 'số kiểm tra của 6291041500214 phải là 3',
      en: 'check digit of 6291041500214 should be 3',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TraceFormatError');
    expect(error.code).toBe('gtin.check_digit');
    expect(error.field).toBe('gtin');
    expect(error.message).toBe('gtin: check digit of 6291041500214 should be 3');
    expect(error.messageVi).toBe('gtin: số kiểm tra của 6291041500214 phải là 3');
  });

  it('does not compile with the two languages as loose strings (checked by `npm run typecheck`)', () => {
    // @ts-expect-error: the message is one { vi, en } value, so the two cannot be swapped.
    const error = new TraceFormatError('code', 'field', 'English', 'Tiếng Việt');
    expect(error).toBeInstanceOf(TraceFormatError);
  });
});
