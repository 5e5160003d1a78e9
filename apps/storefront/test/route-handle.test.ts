import { describe, expect, it } from 'vitest';
import { criticalCss, shouldHydrate } from '../app/route-handle';

describe('route handles', () => {
  it('inline the CSS that matched routes ask for, in route order', () => {
    expect(
      criticalCss([
        { handle: undefined },
        { handle: { criticalCss: 'a{}' } },
        { handle: {} },
        { handle: { criticalCss: 'b{}' } },
      ]),
    ).toBe('a{}b{}');
    expect(criticalCss([{ handle: undefined }])).toBe('');
  });

  it('ship no scripts when any matched route asks for none', () => {
    expect(shouldHydrate([{ handle: undefined }, { handle: { hydrate: false } }])).toBe(false);
    expect(shouldHydrate([{ handle: undefined }, { handle: {} }])).toBe(true);
  });
});
