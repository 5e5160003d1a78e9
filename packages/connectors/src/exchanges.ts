// The exchanges NguonGoc publishes to, and the sales channels the pilot's figures split, as
// people see them: names and chart colours, one copy for the admin, the storefront and the
// reports (ADR 028). Pure data with no import, so that a page can take it from
// `@nguongoc/connectors/exchanges` without loading the connectors' writers.

/** The exchanges (sàn thương mại điện tử) in the order pages list them; the provincial plans name these three. */
export const EXCHANGE_IDS = ['postmart', 'voso', '37nghean'] as const;
export type ExchangeId = (typeof EXCHANGE_IDS)[number];

/** NguonGoc's own shop, then the exchanges: the channels a sale is counted under. */
export const SALES_CHANNELS = ['storefront', ...EXCHANGE_IDS] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export interface ExchangeNames {
  /** As buyers and sellers call it: `PostMart`, `Vỏ Sò`, `37nghean`. */
  name: string;
  /** Its web address without the scheme: `PostMart.vn`. */
  site: string;
  /** Who runs it: `Vietnam Post`, `Viettel Post`, or the province for a provincial exchange. */
  operator: string;
}

export const EXCHANGE_NAMES: Readonly<Record<ExchangeId, ExchangeNames>> = {
  postmart: { name: 'PostMart', site: 'PostMart.vn', operator: 'Vietnam Post' },
  voso: { name: 'Vỏ Sò', site: 'VoSo.vn', operator: 'Viettel Post' },
  '37nghean': { name: '37nghean', site: '37nghean.com', operator: 'Nghệ An' },
};

/** The exchange with its operator, as the admin names an adapter: `PostMart.vn (Vietnam Post)`. */
export function exchangeFullName(exchange: ExchangeId): string {
  const { site, operator } = EXCHANGE_NAMES[exchange];
  return `${site} (${operator})`;
}

/**
 * The exchange as a public page names it: its site, with its own name first when the site does
 * not start with it (`PostMart.vn`, `Vỏ Sò (VoSo.vn)`, `37nghean.com`).
 */
export function exchangePublicName(exchange: ExchangeId): string {
  const { name, site } = EXCHANGE_NAMES[exchange];
  return site.startsWith(name) ? site : `${name} (${site})`;
}

/** A channel's short name, as the admin's tables and charts show it: `NguonGoc`, `PostMart`, `Vỏ Sò`. */
export function channelName(channel: SalesChannel): string {
  return channel === 'storefront' ? 'NguonGoc' : EXCHANGE_NAMES[channel].name;
}

/**
 * One colour per channel, the same in every chart: at least 4.9:1 against white (WCAG 2.1 asks
 * 3:1 for graphics), and the two exchanges most often side by side are the blue and the orange
 * of the Okabe–Ito palette, which colour-blind readers tell apart.
 */
export const CHANNEL_COLOURS: Readonly<Record<SalesChannel, string>> = {
  storefront: '#1f5f3a',
  postmart: '#0072b2',
  voso: '#c04a00',
  '37nghean': '#7e22ce',
};
