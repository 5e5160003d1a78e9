// The twelve months of a year, each with every channel: the backend leaves out months and
// channels that sold nothing, the page's charts and the CSV show them as zeros.
import { SALES_CHANNELS, type SalesChannel } from '@nguongoc/connectors/exchanges';
import type { CommuneFigures } from '@nguongoc/contracts';

export interface ChannelSales {
  orders: number;
  quantity: number;
  amount_vnd: number;
}

export interface MonthRow {
  /** `YYYY-MM`. */
  month: string;
  /** 1 to 12. */
  number: number;
  channels: Record<SalesChannel, ChannelSales>;
  /** The month's sales over every channel, VND. */
  amount_vnd: number;
  scans: number;
}

/** `2026-01` … `2026-12`. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

const none = (): ChannelSales => ({ orders: 0, quantity: 0, amount_vnd: 0 });

/** January to December of the figures' year, with zeros where the backend had nothing. */
export function monthRows(figures: Pick<CommuneFigures, 'year' | 'months' | 'scans'>): MonthRow[] {
  return monthsOf(figures.year).map((month, index) => {
    const channels = Object.fromEntries(
      SALES_CHANNELS.map((channel) => [channel, none()]),
    ) as Record<SalesChannel, ChannelSales>;
    for (const sales of figures.months) {
      if (sales.month !== month) continue;
      channels[sales.channel] = {
        orders: sales.orders,
        quantity: sales.quantity,
        amount_vnd: sales.amount_vnd,
      };
    }
    return {
      month,
      number: index + 1,
      channels,
      amount_vnd: SALES_CHANNELS.reduce((sum, channel) => sum + channels[channel].amount_vnd, 0),
      scans: figures.scans.find((entry) => entry.month === month)?.scans ?? 0,
    };
  });
}
