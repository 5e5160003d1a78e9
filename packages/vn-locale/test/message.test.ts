import { describe, expect, it } from 'vitest';
import { type Message, bothLanguages } from '../src/index.js';

describe('Message', () => {
  it('reads Vietnamese first, then English, on one line', () => {
    const message: Message = { vi: 'Không tìm thấy lô', en: 'lot not found' };
    expect(bothLanguages(message)).toBe('Không tìm thấy lô / lot not found');
  });

  it('names each language, so that the two cannot be swapped by argument order', () => {
    // @ts-expect-error a Message without its English is not a Message
    const half: Message = { vi: 'chỉ tiếng Việt' };
    expect(half.en).toBeUndefined();
  });
});
