import { XMLBuilder } from 'fast-xml-parser';
import type { PushResult, PushTransport, RenderedListing } from '../types.js';

// A product feed that an exchange or an aggregator pulls: the same listings as JSON
// (`nguongoc-product-feed/1`) and as RSS 2.0 with the `g:` product elements that shopping
// aggregators read (Google Merchant Center product data specification). Deterministic: listings
// are written in SKU order.

export const PRODUCT_FEED_FORMAT = 'nguongoc-product-feed/1';
const G_NAMESPACE = 'http://base.google.com/ns/1.0';

export interface ProductFeedOptions {
  /** Feed title, e.g. the cooperative's name. */
  title: string;
  /** The page the feed describes (the cooperative's shop). */
  link: string;
  /** Base of the image URLs: `<imageBase>/<file name in the images archive>`. */
  imageBase: string;
  /** When the feed was made; fixed in tests. */
  generatedAt?: Date;
}

export interface FeedItem {
  id: string;
  exchange: RenderedListing['exchange'];
  title: string;
  description: string;
  link: string;
  imageLinks: string[];
  priceVnd: number;
  availability: 'in_stock' | 'out_of_stock';
  quantity: number;
  unit: string;
  shippingWeight: string;
  category: string;
  origin: string;
  attributes: Record<string, string>;
}

function bySku(listings: readonly RenderedListing[]): RenderedListing[] {
  return [...listings].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

/** The feed's items, one per listing. */
export function feedItems(listings: readonly RenderedListing[], imageBase: string): FeedItem[] {
  const base = imageBase.replace(/\/+$/, '');
  return bySku(listings).map((listing) => ({
    id: listing.sku,
    exchange: listing.exchange,
    title: listing.title,
    description: listing.description,
    link: listing.traceUrl,
    imageLinks: [...listing.images.map((image) => image.name), listing.qrImage].map(
      (name) => `${base}/${encodeURIComponent(name)}`,
    ),
    priceVnd: listing.priceVnd,
    availability: listing.stock > 0 ? 'in_stock' : 'out_of_stock',
    quantity: listing.stock,
    unit: listing.unitLabel,
    shippingWeight: `${listing.weight} ${listing.weightUnit}`,
    category: listing.category.path,
    origin: listing.origin,
    attributes: listing.attributes,
  }));
}

/** A product feed as a push transport: `push` returns `feed.json` and `feed.xml`. */
export class ProductFeedTransport implements PushTransport {
  readonly id = 'product-feed';
  constructor(private readonly options: ProductFeedOptions) {}

  async push(listings: readonly RenderedListing[]): Promise<PushResult> {
    const items = feedItems(listings, this.options.imageBase);
    const generatedAt = (this.options.generatedAt ?? new Date()).toISOString();
    const json = JSON.stringify(
      {
        format: PRODUCT_FEED_FORMAT,
        title: this.options.title,
        link: this.options.link,
        generatedAt,
        items,
      },
      null,
      2,
    );
    const builder = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      format: true,
      indentBy: '  ',
      suppressEmptyNode: true,
    });
    const xml = builder.build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      rss: {
        '@_version': '2.0',
        '@_xmlns:g': G_NAMESPACE,
        channel: {
          title: this.options.title,
          link: this.options.link,
          description: `${this.options.title}: sản phẩm truy xuất được nguồn gốc / traceable products`,
          lastBuildDate: new Date(generatedAt).toUTCString(),
          item: items.map((item) => ({
            'g:id': item.id,
            title: item.title,
            description: item.description,
            link: item.link,
            'g:image_link': item.imageLinks[0],
            'g:additional_image_link': item.imageLinks.slice(1),
            'g:price': `${item.priceVnd} VND`,
            'g:availability': item.availability,
            'g:shipping_weight': item.shippingWeight,
            'g:product_type': item.category,
            'g:condition': 'new',
            'g:brand': item.attributes['Thương hiệu'] ?? item.attributes['Nhãn hiệu'],
          })),
        },
      },
    }) as string;
    const encoder = new TextEncoder();
    return {
      transport: this.id,
      count: items.length,
      files: [
        {
          name: 'feed.json',
          contentType: 'application/json; charset=utf-8',
          data: encoder.encode(json),
        },
        {
          name: 'feed.xml',
          contentType: 'application/rss+xml; charset=utf-8',
          data: encoder.encode(xml),
        },
      ],
    };
  }
}
