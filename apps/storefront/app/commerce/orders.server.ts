// An order as its confirmation page shows it. Medusa's `GET /store/orders/:id` is public: the
// order's ID is the secret (see Medusa's route), as the link after checkout carries it.
import type { HttpTypes } from '@medusajs/types';
import { readAddressMetadata, readProductMetadata } from '@nguongoc/contracts';
import { placeNames } from './address.server';
import { medusa } from './medusa.server';
import type { OrderPayment } from './payment-status';
import type { AddressView } from './types';

// Besides Medusa's defaults (items with their variant's product, addresses, totals).
const FIELDS =
  '+payment_status,*payment_collections.payments,*payment_collections.payment_sessions';

export interface OrderLine {
  id: string;
  title: string;
  titleEn: string | null;
  variantTitle: string | null;
  quantity: number;
  unitPrice: number;
  total: number;
}

export interface OrderView {
  id: string;
  displayId: number | null;
  createdAt: string | null;
  email: string | null;
  lines: OrderLine[];
  totals: { items: number; shipping: number; tax: number; total: number };
  address: AddressView | null;
  payment: OrderPayment;
}

function providerOf(order: HttpTypes.StoreOrder): string | null {
  const collections = order.payment_collections ?? [];
  const payment = collections.flatMap((c) => c.payments ?? [])[0];
  const session = collections.flatMap((c) => c.payment_sessions ?? [])[0];
  return payment?.provider_id ?? session?.provider_id ?? null;
}

function addressOf(order: HttpTypes.StoreOrder): AddressView | null {
  const address = order.shipping_address;
  if (!address) return null;
  const { commune_code } = readAddressMetadata(address.metadata);
  const places = commune_code === undefined ? null : placeNames(commune_code);
  return {
    name: [address.first_name, address.last_name].filter(Boolean).join(' '),
    phone: address.phone ?? '',
    line: address.address_1 ?? '',
    province:
      places?.province ??
      (address.province ? { vi: address.province, en: address.province } : null),
    commune: places?.commune ?? (address.city ? { vi: address.city, en: address.city } : null),
  };
}

export function orderView(order: HttpTypes.StoreOrder): OrderView {
  return {
    id: order.id,
    displayId: order.display_id ?? null,
    createdAt: order.created_at ? new Date(order.created_at).toISOString() : null,
    email: order.email ?? null,
    lines: (order.items ?? []).map((item) => {
      const { title_en } = readProductMetadata(item.variant?.product?.metadata);
      return {
        id: item.id,
        title: item.product_title ?? item.title,
        titleEn: title_en ?? null,
        variantTitle: item.variant_title ?? null,
        quantity: item.quantity,
        unitPrice: item.unit_price,
        total: item.total,
      };
    }),
    totals: {
      items: order.item_total,
      shipping: order.shipping_total,
      tax: order.tax_total,
      total: order.total,
    },
    address: addressOf(order),
    payment: {
      providerId: providerOf(order),
      paymentStatus: (order as { payment_status?: string }).payment_status ?? null,
    },
  };
}

/** The order, or the SDK's FetchError (404 for an unknown ID). */
export async function retrieveOrder(id: string): Promise<OrderView> {
  const { order } = await medusa().store.order.retrieve(id, { fields: FIELDS });
  return orderView(order);
}
