// The exchanges' names and colours are one copy (ADR 028), at a subpath that pages import without
// the connectors' writers; the adapters take their names from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_COLOURS,
  EXCHANGE_IDS,
  SALES_CHANNELS,
  channelName,
  exchangeFullName,
  exchangePublicName,
} from '../src/exchanges.js';
import { ConnectorError, connectors } from '../src/index.js';

describe('exchanges', () => {
  it('are the three adapters, in the order pages list them', () => {
    expect(EXCHANGE_IDS).toEqual(['postmart', 'voso', '37nghean']);
    expect(Object.keys(connectors)).toEqual([...EXCHANGE_IDS]);
    expect(SALES_CHANNELS).toEqual(['storefront', 'postmart', 'voso', '37nghean']);
  });

  it('name each adapter with its operator, as the admin shows it', () => {
    expect(EXCHANGE_IDS.map((id) => connectors[id].name)).toEqual([
      'PostMart.vn (Vietnam Post)',
      'VoSo.vn (Viettel Post)',
      '37nghean.com (Nghệ An)',
    ]);
    expect(EXCHANGE_IDS.map(exchangeFullName)).toEqual(
      EXCHANGE_IDS.map((id) => connectors[id].name),
    );
  });

  it('give the public and the short names', () => {
    expect(EXCHANGE_IDS.map(exchangePublicName)).toEqual([
      'PostMart.vn',
      'Vỏ Sò (VoSo.vn)',
      '37nghean.com',
    ]);
    expect(SALES_CHANNELS.map(channelName)).toEqual(['NguonGoc', 'PostMart', 'Vỏ Sò', '37nghean']);
  });

  it('give each channel its own colour, dark enough for 4.5:1 against white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
        number,
        number,
        number,
      ];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colours = SALES_CHANNELS.map((channel) => CHANNEL_COLOURS[channel]);
    expect(new Set(colours).size).toBe(SALES_CHANNELS.length);
    for (const colour of colours) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('are pure data: the subpath imports nothing, so a page can take it alone', () => {
    const source = readFileSync(new URL('../src/exchanges.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { exports: Record<string, { default: string }> };
    expect(manifest.exports['./exchanges']?.default).toBe('./dist/exchanges.js');
  });
});

describe('ConnectorError', () => {
  it('takes one bilingual message, so the two languages cannot be swapped', () => {
    const error = new ConnectorError('file.unreadable', 'voso', {
      vi: 'không đọc được tệp',
      en: 'cannot read the file',
    });
    expect(error.message).toBe('[connectors] [voso] không đọc được tệp / cannot read the file');
    // @ts-expect-error two bare strings are no longer a message (tsc checks this line)
    expect(() => new ConnectorError('x', undefined, 'vi', 'en')).not.toThrow();
  });
});
