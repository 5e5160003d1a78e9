import { describe, expect, it } from 'vitest';
import {
  type ThrottleRecord,
  afterFailure,
  secondsLeft,
  waitSeconds,
} from '../../src/api/_login-throttle/login-throttle-schedule.js';

const limits = { failures: 5, firstWaitSeconds: 30, longestWaitSeconds: 900 };

describe('the login throttling schedule', () => {
  it('lets 4 failures pass, then waits 30 s, 60 s, 120 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => waitSeconds(n, limits))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => waitSeconds(n, limits))).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('refuses until the wait is over, with a clock the test moves', () => {
    let now = 1_000_000;
    let record: ThrottleRecord | null = null;
    for (let i = 0; i < 4; i++) {
      record = afterFailure(record, limits, now);
      expect(secondsLeft(record, now)).toBe(0);
    }
    record = afterFailure(record, limits, now);
    expect(record.failures).toBe(5);
    expect(secondsLeft(record, now)).toBe(30);
    now += 29_001;
    expect(secondsLeft(record, now)).toBe(1);
    now += 999;
    expect(secondsLeft(record, now)).toBe(0);
    // The next failure after the wait doubles it.
    record = afterFailure(record, limits, now);
    expect(secondsLeft(record, now)).toBe(60);
    now += 60_000;
    record = afterFailure(record, limits, now);
    expect(secondsLeft(record, now)).toBe(120);
  });

  it('has nothing to wait for without a record', () => {
    expect(secondsLeft(null, Date.now())).toBe(0);
  });
});
