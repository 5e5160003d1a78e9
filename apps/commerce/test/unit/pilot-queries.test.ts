import { describe, expect, it } from 'vitest';
import { splitPeriod } from '../../src/modules/sales/pilot-queries.js';

describe('a period split into whole half months and the days at its ends', () => {
  it('reads a calendar quarter from whole half months only', () => {
    expect(splitPeriod('2026-01-01', '2026-03-31')).toEqual({
      halves: ['2026-01-01', '2026-04-01'],
      edges: [],
    });
  });

  it('reads a reporting quarter (15th to 14th) from whole half months, across the year', () => {
    expect(splitPeriod('2025-12-15', '2026-03-14')).toEqual({
      halves: ['2025-12-15', '2026-03-15'],
      edges: [],
    });
  });

  it('reads the days that cut a half month from the lines, at either end', () => {
    expect(splitPeriod('2026-02-10', '2026-05-20')).toEqual({
      halves: ['2026-02-15', '2026-05-15'],
      edges: [
        ['2026-02-10', '2026-02-15'],
        ['2026-05-15', '2026-05-21'],
      ],
    });
  });

  it('knows where February and December end', () => {
    expect(splitPeriod('2028-02-15', '2028-02-29')).toEqual({
      halves: ['2028-02-15', '2028-03-01'],
      edges: [],
    });
    expect(splitPeriod('2026-12-20', '2026-12-31')).toEqual({
      halves: null,
      edges: [['2026-12-20', '2027-01-01']],
    });
  });

  it('reads a period inside one half month from the lines alone', () => {
    expect(splitPeriod('2026-03-03', '2026-03-03')).toEqual({
      halves: null,
      edges: [['2026-03-03', '2026-03-04']],
    });
  });
});
