// The storefront's error classes take bilingual Messages (ADR 028): what the tests and the logs
// read stays as it was, and swapping Vietnamese and English no longer compiles.
import { ContractError } from '@nguongoc/contracts';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../app/env.server';
import { BundleLookupError } from '../app/trace/bundle-cache.server';

describe('bilingual errors', () => {
  it('EnvironmentError lists each problem as Vietnamese / English', () => {
    const error = new EnvironmentError([{ vi: 'PORT phải là số cổng', en: 'must be a port' }]);
    expect(error.problems).toEqual(['PORT phải là số cổng / must be a port']);
    expect(error.message).toBe(
      'Cấu hình storefront không hợp lệ / invalid storefront settings:\n  - PORT phải là số cổng / must be a port',
    );
    // @ts-expect-error a problem is a { vi, en } message (tsc checks this line)
    expect(new EnvironmentError(['PORT / port']).problems).toHaveLength(1);
  });

  it("ContractError (the figures reader's) names the field in English, and in Vietnamese beside it", () => {
    const error = new ContractError('year', { vi: 'cần số nguyên', en: 'expected a number' });
    expect(error.message).toBe('year: expected a number');
    expect(error.messageVi).toBe('year: cần số nguyên');
    // @ts-expect-error the problem is a { vi, en } message (tsc checks this line)
    expect(new ContractError('year', 'expected a number')).toBeInstanceOf(Error);
  });

  it('BundleLookupError keeps its status and says why in both languages', () => {
    const error = new BundleLookupError(404, { vi: 'không có lô', en: 'no bundle' });
    expect([error.status, error.message]).toEqual([404, 'không có lô / no bundle']);
    // @ts-expect-error the reason is a { vi, en } message (tsc checks this line)
    expect(new BundleLookupError(502, 'unreachable').status).toBe(502);
  });
});
