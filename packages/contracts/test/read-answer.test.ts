import { describe, expect, it } from 'vitest';
import { ContractError, readAnswer, scanBody, storeCooperativesAnswer } from '../src/index.js';

const cooperative = {
  id: 'coop_1',
  handle: 'htx-nghia-dan',
  name: 'HTX Cam Nghĩa Đàn',
  description: null,
  commune_code: '16941',
  province_code: '40',
  commune: { vi: 'Xã Nghĩa Đàn', en: 'Nghia Dan Commune' },
  province: { vi: 'Nghệ An', en: 'Nghe An' },
  product_ids: ['prod_1'],
};

describe('readAnswer', () => {
  it('returns the answer with only the contract’s fields', () => {
    const answer = readAnswer(
      storeCooperativesAnswer,
      { cooperatives: [{ ...cooperative, bank_account_number: '0123456789' }] },
      'GET /store/cooperatives',
    );
    expect(answer).toEqual({ cooperatives: [cooperative] });
  });

  it('names the first wrong field with its index, in both languages', () => {
    const broken = { cooperatives: [cooperative, { ...cooperative, product_ids: 'prod_1' }] };
    let thrown: unknown;
    try {
      readAnswer(storeCooperativesAnswer, broken, 'cooperatives');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContractError);
    const error = thrown as ContractError;
    expect(error.path).toBe('cooperatives[1].product_ids');
    expect(error.message).toMatch(/^cooperatives\[1\]\.product_ids: /);
    expect(error.messageVi).toMatch(/^cooperatives\[1\]\.product_ids: câu trả lời không đúng/);
  });

  it('names the root when the answer is not an object', () => {
    expect(() => readAnswer(storeCooperativesAnswer, null, 'cooperatives')).toThrow(
      /^cooperatives: /,
    );
  });
});

describe('scanBody', () => {
  it('explains a wrong province code in both languages', () => {
    const result = scanBody.safeParse({ province: 'Nghệ An' });
    expect(result.error?.issues[0]?.message).toBe('mã tỉnh gồm 2 chữ số / a 2-digit province code');
    expect(scanBody.parse({ serial: 'S1', province: '40' })).toEqual({
      serial: 'S1',
      province: '40',
    });
  });
});

describe('ContractError', () => {
  it('names the field in English, and in Vietnamese beside it', () => {
    const error = new ContractError('year', { vi: 'cần số nguyên', en: 'expected a number' });
    expect([error.message, error.messageVi]).toEqual([
      'year: expected a number',
      'year: cần số nguyên',
    ]);
    // @ts-expect-error the problem is a { vi, en } message (tsc checks this line)
    expect(new ContractError('year', 'expected a number')).toBeInstanceOf(Error);
  });
});
