import { ContractError, channelsAnswer, readAnswer } from '@nguongoc/contracts';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/admin/lib/error-message.js';

describe("the admin's error message", () => {
  it('names the field of an answer that breaks its contract, in Vietnamese and English', () => {
    let thrown: unknown;
    try {
      readAnswer(channelsAnswer, { exchanges: [], accounts: [], listings: 'none' }, 'GET /x');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContractError);
    const message = errorMessage(thrown);
    expect(message).toMatch(/^listings: câu trả lời không đúng hợp đồng \(.+\) \/ listings: .+/);
  });

  it("keeps the server's own message, already in both languages", () => {
    expect(errorMessage(new Error('Không tìm thấy lô X / lot X not found'))).toBe(
      'Không tìm thấy lô X / lot X not found',
    );
    expect(errorMessage('offline')).toBe('offline');
  });
});
