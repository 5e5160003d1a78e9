import { describe, expect, it } from 'vitest';
import { TraceStoreError } from '../src/index.js';

describe('TraceStoreError', () => {
  it('takes one { vi, en } message: English in message, Vietnamese in messageVi', () => {
    const error = new TraceStoreError('store.unknown_ledger', {
      vi: 'sổ cái nguongoc.vn/x không tồn tại',
      en: 'ledger nguongoc.vn/x does not exist',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TraceStoreError');
    expect(error.code).toBe('store.unknown_ledger');
    expect(error.message).toBe('ledger nguongoc.vn/x does not exist');
    expect(error.messageVi).toBe('sổ cái nguongoc.vn/x không tồn tại');
  });

  it('does not compile with the two languages as loose strings (checked by `npm run typecheck`)', () => {
    // @ts-expect-error: the message is one { vi, en } value, so the two cannot be swapped.
    const error = new TraceStoreError('store.x', 'English', 'Tiếng Việt');
    expect(error).toBeInstanceOf(TraceStoreError);
  });
});
