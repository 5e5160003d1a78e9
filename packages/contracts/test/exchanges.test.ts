import { EXCHANGE_NAMES, SALES_CHANNELS as CHANNELS } from '@nguongoc/connectors/exchanges';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_IDS, SALES_CHANNELS, exchangeId, salesChannel } from '../src/index.js';

describe('exchanges', () => {
  it('are the connectors’ own lists, not a copy', () => {
    expect(SALES_CHANNELS).toBe(CHANNELS);
    expect([...EXCHANGE_IDS].sort()).toEqual(Object.keys(EXCHANGE_NAMES).sort());
    expect(exchangeId.options).toEqual([...EXCHANGE_IDS]);
    expect(salesChannel.parse('storefront')).toBe('storefront');
    expect(salesChannel.safeParse('shopee').success).toBe(false);
  });
});
