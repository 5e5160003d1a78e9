// The Medusa backend (apps/commerce) as the storefront sees it, in memory, for MSW: region
// Việt Nam in VND, two cooperatives with five products, carts, shipping, cash on delivery and
// VNPay sessions, orders, the public cooperative and origin routes, and a commune's open figures
// (`/store/communes/16941/figures`). Its answers follow the shapes of Medusa 2.21's store API and,
// for apps/commerce's own routes and product metadata, are typed by @nguongoc/contracts, so that a
// fake that drifts from the contract does not compile; `medusa` drives its state (a VNPay IPN, the
// backend going down, the figures' answer) and records every request.
import type {
  CommuneFigures,
  ProductMetadata,
  ScanAnswer,
  StoreCooperative,
  StoreCooperativeAnswer,
  StoreCooperativesAnswer,
  StoreGs1LotAnswer,
  StoreLot,
  StoreProductFacts,
  StoreProductOriginAnswer,
  StoreTraceAnswer,
} from '@nguongoc/contracts';
import {
  type Location,
  type Lot,
  type Organisation,
  type Product,
  buildFieldEvent,
  generateNoteKeys,
} from '@nguongoc/trace-core';
import { MemoryLedger } from '@nguongoc/trace-core/ledger';
import {
  LEDGER_ORIGIN,
  cooperative as sampleCooperative,
  lot as sampleLot,
  sampleLedger,
} from '@nguongoc/trace-core/sample-lot';
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';

export const BACKEND = 'http://medusa.test';
export const PUBLISHABLE_KEY = 'pk_test_storefront';

const REGION = { id: 'reg_vn', name: 'Việt Nam', currency_code: 'vnd' };

const CATEGORIES = {
  fruit: { id: 'pcat_fruit', handle: 'trai-cay', name: 'Trái cây / Fruit' },
  processed: {
    id: 'pcat_processed',
    handle: 'dac-san-che-bien',
    name: 'Đặc sản chế biến / Processed specialities',
  },
  drinks: { id: 'pcat_drinks', handle: 'do-uong', name: 'Đồ uống và mật ong / Drinks and honey' },
};

interface ProductFixture {
  id: string;
  handle: string;
  title: string;
  titleEn: string;
  price: number;
  stars: 3 | 4 | 5;
  category: keyof typeof CATEGORIES;
  stock: number;
  plantingArea?: string;
  images?: string[];
}

const PRODUCTS: ProductFixture[] = [
  {
    id: 'prod_cam5',
    handle: 'cam-vinh-hop-5kg',
    title: 'Cam Vinh hộp 5 kg',
    titleEn: 'Vinh oranges, 5 kg box',
    price: 250000,
    stars: 4,
    category: 'fruit',
    stock: 200,
    plantingArea: 'VN-NA-ND-0012',
    images: ['https://cdn.example.vn/cam-1.jpg', 'https://cdn.example.vn/cam-2.jpg'],
  },
  {
    id: 'prod_matong',
    handle: 'mat-ong-hoa-cam-500ml',
    title: 'Mật ong hoa cam 500 ml',
    titleEn: 'Orange blossom honey, 500 ml',
    price: 180000,
    stars: 3,
    category: 'drinks',
    stock: 80,
  },
  {
    id: 'prod_mutcam',
    handle: 'mut-cam-300g',
    title: 'Mứt cam 300 g',
    titleEn: 'Orange marmalade, 300 g',
    price: 65000,
    stars: 3,
    category: 'processed',
    stock: 150,
  },
  {
    id: 'prod_buoi',
    handle: 'buoi-phuc-trach-qua',
    title: 'Bưởi Phúc Trạch (quả 1,2–1,5 kg)',
    titleEn: 'Phuc Trach pomelo (1.2–1.5 kg fruit)',
    price: 90000,
    stars: 4,
    category: 'fruit',
    stock: 300,
    plantingArea: 'VN-HT-PT-0031',
  },
  {
    id: 'prod_keo',
    handle: 'keo-cu-do-250g',
    title: 'Kẹo cu đơ 250 g',
    titleEn: 'Cu do peanut candy, 250 g',
    price: 45000,
    stars: 5,
    category: 'processed',
    stock: 3,
  },
];

export const COOPERATIVES: StoreCooperative[] = [
  {
    id: 'coop_cam',
    handle: 'htx-cam-nghia-dan',
    name: 'Hợp tác xã Cam Nghĩa Đàn',
    description: 'Cam Vinh trồng theo VietGAP trên đất đỏ bazan Nghĩa Đàn.',
    commune_code: '16941',
    province_code: '40',
    commune: { vi: 'Xã Nghĩa Đàn', en: 'Nghia Dan Commune' },
    province: { vi: 'Nghệ An', en: 'Nghe An' },
    product_ids: ['prod_cam5', 'prod_matong', 'prod_mutcam'],
  },
  {
    id: 'coop_buoi',
    handle: 'htx-buoi-phuc-trach',
    name: 'Hợp tác xã Bưởi Phúc Trạch',
    description: null,
    commune_code: '18547',
    province_code: '42',
    commune: { vi: 'Xã Phúc Trạch', en: 'Phuc Trach Commune' },
    province: { vi: 'Hà Tĩnh', en: 'Ha Tinh' },
    product_ids: ['prod_buoi', 'prod_keo'],
  },
];

const LOTS: Record<string, StoreLot[]> = {
  prod_cam5: [
    {
      id: '3KX9T2M7QAH',
      code: 'CAM-2026-11',
      trace_path: '/t/3KX9T2M7QAH',
      event_count: 6,
      first_event_at: '2026-07-10T06:30:00+07:00',
      last_event_at: '2026-11-10T07:00:00+07:00',
      kinds: ['fertilising', 'spraying', 'certification', 'harvest', 'packing', 'shipping'],
    },
    {
      id: '7QH2M9K3TXA',
      code: 'CAM-2025-11',
      trace_path: '/t/7QH2M9K3TXA',
      event_count: 4,
      first_event_at: '2025-07-01T06:00:00+07:00',
      last_event_at: '2025-11-09T07:00:00+07:00',
      kinds: ['harvest'],
    },
  ],
};

/**
 * What each product's cooperative ledger says (ADR 039): the OCOP rating and planting area the
 * shop shows. Tests may change an entry (an expired rating) and put it back.
 */
export const LEDGER_FACTS: Record<string, StoreProductFacts> = Object.fromEntries(
  PRODUCTS.map((fixture) => [fixture.id, ledgerFactsOf(fixture)]),
);

export function ledgerFactsOf(fixture: ProductFixture): StoreProductFacts {
  return {
    ocop: {
      stars: fixture.stars,
      decision_number: '2189/QĐ-UBND',
      expires_on: '2028-06-30',
      status: 'valid',
    },
    planting_area: fixture.plantingArea
      ? {
          id: `${fixture.handle}-vung-trong`,
          code: fixture.plantingArea,
          name: 'Vùng cam Đồi Tiên',
        }
      : null,
  };
}

export const PRODUCT_FIXTURES: readonly ProductFixture[] = PRODUCTS;

/** A cooperative as the backend answers it: with its products' ledger facts. */
function withFacts(cooperative: StoreCooperative): StoreCooperative {
  return {
    ...cooperative,
    product_facts: Object.fromEntries(cooperative.product_ids.map((id) => [id, LEDGER_FACTS[id]!])),
  };
}

const SHIPPING_OPTIONS = [
  {
    id: 'so_standard',
    name: 'Giao tiêu chuẩn (Vietnam Post, Viettel Post)',
    amount: 30000,
    type: { label: 'Giao tiêu chuẩn', description: '3–5 ngày / 3–5 days', code: 'standard' },
  },
  {
    id: 'so_express',
    name: 'Giao nhanh',
    amount: 50000,
    type: { label: 'Giao nhanh', description: '1–2 ngày / 1–2 days', code: 'express' },
  },
];

function storeProduct(fixture: ProductFixture) {
  const cooperative = COOPERATIVES.find((c) => c.product_ids.includes(fixture.id));
  return {
    id: fixture.id,
    handle: fixture.handle,
    title: fixture.title,
    description: `${fixture.title}: đặc sản của ${cooperative?.name ?? 'hợp tác xã'}.`,
    thumbnail: fixture.images?.[0] ?? null,
    images: (fixture.images ?? []).map((url, rank) => ({
      id: `img_${fixture.id}_${rank}`,
      url,
      rank,
    })),
    categories: [CATEGORIES[fixture.category]],
    // The deprecated OCOP and planting-area keys disagree with the ledger on purpose: the shop
    // must not read them (ADR 039).
    metadata: {
      title_en: fixture.titleEn,
      ocop_stars: 5,
      ocop_decision: 'METADATA-CU',
      ocop_expires_on: '2020-01-01',
      ...(cooperative ? { origin: `${cooperative.commune.vi}, ${cooperative.province.vi}` } : {}),
      planting_area: 'METADATA-CU',
      trace_product_id: fixture.handle,
    } satisfies ProductMetadata,
    variants: [
      {
        id: `variant_${fixture.id.slice(5)}`,
        title: 'Tiêu chuẩn',
        calculated_price: { calculated_amount: fixture.price, currency_code: 'vnd' },
      },
    ],
  };
}

interface Line {
  id: string;
  variant_id: string;
  quantity: number;
}

interface Session {
  id: string;
  provider_id: string;
  status: string;
  amount: number;
  data: Record<string, unknown>;
}

interface CartState {
  id: string;
  region_id: string;
  email: string | null;
  lines: Line[];
  shipping_address: Record<string, unknown> | null;
  shipping_option_id: string | null;
  payment_collection: { id: string; payment_sessions: Session[] } | null;
  completed_at: string | null;
  order_id: string | null;
}

interface OrderState {
  id: string;
  display_id: number;
  cart: ReturnType<typeof cartBody>;
  provider_id: string;
  payment_status: string;
  created_at: string;
}

const state = {
  carts: new Map<string, CartState>(),
  orders: new Map<string, OrderState>(),
  requests: [] as { method: string; path: string; body: unknown }[],
  scans: new Map<string, number>(),
  figures: null as ((year: number) => unknown) | null,
  counter: 0,
};

const nextId = (prefix: string) => `${prefix}_${String(++state.counter).padStart(4, '0')}`;

function variantFixture(variantId: string) {
  return PRODUCTS.find((p) => `variant_${p.id.slice(5)}` === variantId);
}

function cartBody(cart: CartState) {
  const items = cart.lines.map((line) => {
    const product = variantFixture(line.variant_id)!;
    return {
      id: line.id,
      title: 'Tiêu chuẩn',
      product_title: product.title,
      product_handle: product.handle,
      variant_id: line.variant_id,
      variant_title: 'Tiêu chuẩn',
      thumbnail: product.images?.[0] ?? null,
      quantity: line.quantity,
      unit_price: product.price,
      total: product.price * line.quantity,
      product: {
        id: product.id,
        metadata: { title_en: product.titleEn } satisfies ProductMetadata,
      },
    };
  });
  const option = SHIPPING_OPTIONS.find((o) => o.id === cart.shipping_option_id);
  const itemTotal = items.reduce((sum, item) => sum + item.total, 0);
  const shippingTotal = option?.amount ?? 0;
  const total = itemTotal + shippingTotal;
  return {
    id: cart.id,
    region_id: cart.region_id,
    currency_code: 'vnd',
    email: cart.email,
    completed_at: cart.completed_at,
    items,
    item_total: itemTotal,
    shipping_total: shippingTotal,
    // Prices include VAT 5%.
    tax_total: Math.round(total - total / 1.05),
    total,
    shipping_address: cart.shipping_address,
    billing_address: cart.shipping_address,
    shipping_methods: option
      ? [
          {
            id: `sm_${cart.id}`,
            shipping_option_id: option.id,
            name: option.name,
            amount: option.amount,
          },
        ]
      : [],
    payment_collection: cart.payment_collection
      ? { ...cart.payment_collection, amount: total, currency_code: 'vnd' }
      : null,
  };
}

function orderBody(order: OrderState) {
  const { cart } = order;
  const session = { provider_id: order.provider_id };
  return {
    id: order.id,
    display_id: order.display_id,
    email: cart.email,
    created_at: order.created_at,
    currency_code: 'vnd',
    items: cart.items.map((item) => ({
      ...item,
      variant: { id: item.variant_id, product: item.product },
    })),
    item_total: cart.item_total,
    shipping_total: cart.shipping_total,
    tax_total: cart.tax_total,
    total: cart.total,
    shipping_address: cart.shipping_address,
    payment_status: order.payment_status,
    payment_collections: [
      {
        id: `paycol_${order.id}`,
        payment_sessions: [session],
        payments: [
          {
            id: `pay_${order.id}`,
            provider_id: order.provider_id,
            captured_at: order.payment_status === 'captured' ? order.created_at : null,
          },
        ],
      },
    ],
  };
}

function placeOrder(cart: CartState, provider: string, paymentStatus: string): OrderState {
  const order: OrderState = {
    id: nextId('order'),
    display_id: state.orders.size + 1,
    cart: cartBody(cart),
    provider_id: provider,
    payment_status: paymentStatus,
    created_at: '2026-11-24T09:30:00.000Z',
  };
  state.orders.set(order.id, order);
  cart.completed_at = order.created_at;
  cart.order_id = order.id;
  return order;
}

const notFound = (what: string) =>
  HttpResponse.json({ type: 'not_found', message: `${what} was not found` }, { status: 404 });
const invalid = (message: string) =>
  HttpResponse.json({ type: 'invalid_data', message }, { status: 400 });

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Every handler checks the publishable key, as Medusa does for /store routes. */
function store(
  method: 'get' | 'post' | 'delete',
  path: string,
  answer: (args: {
    request: Request;
    params: Record<string, string>;
    body: Record<string, unknown>;
    url: URL;
  }) => Response | Promise<Response>,
): HttpHandler {
  return http[method](`${BACKEND}${path}`, async ({ request, params }) => {
    const body = method === 'get' ? {} : await bodyOf(request.clone());
    const url = new URL(request.url);
    state.requests.push({ method: request.method, path: url.pathname, body });
    if (request.headers.get('x-publishable-api-key') !== PUBLISHABLE_KEY) {
      return HttpResponse.json(
        {
          type: 'not_allowed',
          message: 'A valid publishable key is required to proceed with the request',
        },
        { status: 400 },
      );
    }
    return answer({ request, params: params as Record<string, string>, body, url });
  });
}

function openCart(id: string | undefined): CartState | undefined {
  return id ? state.carts.get(id) : undefined;
}

function sessionOf(cart: CartState): Session | undefined {
  return cart.payment_collection?.payment_sessions[0];
}

/** trace-core's sample lot, signed as its ledger would: what GET /store/trace/:code serves. */
const SAMPLE_KEYS = generateNoteKeys(LEDGER_ORIGIN);
const sample = sampleLedger();
export const SAMPLE_TRACE = {
  code: sampleLot.id,
  gtin: '08938600000019',
  lotNumber: sampleLot.code,
  verifierKey: SAMPLE_KEYS.verifierKey,
  bundle: sample.lotBundle(sampleLot.id, sample.signCheckpoint(SAMPLE_KEYS.signerKey)),
};
const SAMPLE_ETAG = `"${SAMPLE_TRACE.bundle.checkpoint.length}-sample"`;

/**
 * A lot of honey whose product's OCOP rating expired on 31 December 2024, grown by a household on
 * a planting area with its area, crop and variety (ADR 039): a real ledger, signed like the sample.
 */
export const EXPIRED_TRACE = (() => {
  const household: Organisation = {
    type: 'organisation',
    id: 'ho-nguyen-van-an',
    kind: 'household',
    name: 'Hộ ông Nguyễn Văn An',
    communeCode: '16941',
  };
  const area: Location = {
    type: 'location',
    id: 'vung-cam-doi-tien',
    organisationId: sampleCooperative.id,
    kind: 'planting-area',
    name: 'Vùng cam Đồi Tiên',
    communeCode: '16941',
    plantingAreaCode: 'VN-NA-ND-0044',
    areaHectares: 1.25,
    crop: 'Cam',
    variety: 'Cam Xã Đoài',
  };
  const product: Product = {
    type: 'product',
    id: 'mat-ong-hoa-cam-500ml',
    organisationId: sampleCooperative.id,
    name: 'Mật ong hoa cam 500 ml',
    nameEn: 'Orange blossom honey, 500 ml',
    sku: 'MATONG-500',
    unit: 'MLT',
    ocop: { stars: 3, decisionNumber: '1530/QĐ-UBND', expiresOn: '2024-12-31' },
  };
  const lot: Lot = {
    type: 'lot',
    id: 'HX7Q3M9K2TM',
    code: 'MO-2611',
    productId: product.id,
    organisationId: sampleCooperative.id,
    locationId: area.id,
    householdId: household.id,
  };
  const ledger = new MemoryLedger(LEDGER_ORIGIN);
  for (const record of [sampleCooperative, household, area, product, lot]) ledger.addRecord(record);
  ledger.appendEvent(
    buildFieldEvent({
      kind: 'harvest',
      product,
      lot,
      location: area,
      time: '2026-11-18T06:00',
      quantity: 120000,
    }),
    lot.id,
  );
  return {
    code: lot.id,
    bundle: ledger.lotBundle(lot.id, ledger.signCheckpoint(SAMPLE_KEYS.signerKey)),
  };
})();

/** The commune of the open-data page's fixtures, and its figures for any year. */
export const FIGURES_COMMUNE = '16941';

/** The calendar year in Vietnam, as the backend's default. */
export function vietnamYear(now = new Date()): number {
  return Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(now),
  );
}

/**
 * `GET /store/communes/16941/figures?year=` as the contract gives it: sales in five months on
 * four channels (1.000.000 ₫ in all), scans in two months. Months without sales are absent.
 */
export function communeFiguresFixture(year: number): CommuneFigures {
  return {
    commune: {
      code: FIGURES_COMMUNE,
      name: 'Xã Nghĩa Đàn',
      province_code: '40',
      province_name: 'Nghệ An',
    },
    year,
    generated_at: `${year}-12-03T06:00:00.000Z`,
    licence: {
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    registration: {
      cooperatives: 1,
      households: 5,
      by_exchange: [
        { exchange: 'postmart', cooperatives: 1, households: 2 },
        { exchange: 'voso', cooperatives: 0, households: 1 },
        { exchange: '37nghean', cooperatives: 1, households: 0 },
      ],
    },
    products: { total: 4, traceable: 3, ocop: 4 },
    totals: {
      orders: 10,
      quantity: 20,
      amount_vnd: 1000000,
      ocop_amount_vnd: 900000,
      traceable_amount_vnd: 800000,
    },
    counted_orders: {
      vi: 'Đơn COD chưa thu tiền không tính vào số đơn và doanh thu.',
      en: 'Unpaid COD orders are not in the orders and sales figures.',
    },
    awaiting_payment: { orders: 2, quantity: 3, amount_vnd: 210000 },
    months: [
      { month: `${year}-01`, channel: 'storefront', orders: 1, quantity: 2, amount_vnd: 100000 },
      { month: `${year}-01`, channel: 'postmart', orders: 2, quantity: 3, amount_vnd: 250000 },
      { month: `${year}-03`, channel: 'voso', orders: 1, quantity: 1, amount_vnd: 50000 },
      { month: `${year}-07`, channel: '37nghean', orders: 3, quantity: 5, amount_vnd: 400000 },
      { month: `${year}-11`, channel: 'storefront', orders: 3, quantity: 9, amount_vnd: 200000 },
    ],
    scans: [
      { month: `${year}-01`, scans: 3 },
      { month: `${year}-11`, scans: 12 },
    ],
  };
}

/** What a careless backend might add to the figures: none of it is in the contract. */
export const PERSONAL_DATA = {
  buyer_name: 'Nguyễn Thị Lan',
  phone: '0912345678',
  email: 'lan.nguyen@example.vn',
  order_ref: 'ORD-2026-000123',
  address: '12 Đường Lê Lợi, Xóm 3',
  household: 'Hộ ông Trần Văn Bình',
};

/** The fixture's figures with PERSONAL_DATA at every level of the answer. */
export function communeFiguresWithPersonalData(year: number) {
  const figures = communeFiguresFixture(year);
  const personal = PERSONAL_DATA;
  return {
    ...figures,
    ...personal,
    commune: { ...figures.commune, chairman_phone: personal.phone },
    registration: {
      ...figures.registration,
      households_list: [{ name: personal.household, phone: personal.phone }],
      by_exchange: figures.registration.by_exchange.map((entry) => ({
        ...entry,
        household_names: [personal.household],
      })),
    },
    products: { ...figures.products, best_seller_household: personal.household },
    totals: { ...figures.totals, top_buyer: personal.buyer_name },
    months: figures.months.map((entry) => ({ ...entry, ...personal })),
    scans: figures.scans.map((entry) => ({ ...entry, scanned_by: personal.email })),
    licence: { ...figures.licence, contact: personal.email },
    orders: [{ ref: personal.order_ref, buyer: personal.buyer_name, address: personal.address }],
  };
}

export const medusaHandlers: HttpHandler[] = [
  store('get', '/store/communes/:code/figures', ({ params, url }) => {
    const asked = url.searchParams.get('year');
    const year = asked === null ? vietnamYear() : Number(asked);
    if (!/^\d{4}$/.test(asked ?? String(year)) || year < 2000 || year > vietnamYear()) {
      return invalid(`Năm không hợp lệ / invalid year: ${asked}`);
    }
    if (params.code !== FIGURES_COMMUNE) return notFound(`Xã ${params.code} / commune`);
    return HttpResponse.json((state.figures ?? communeFiguresFixture)(year) as JsonBodyType);
  }),

  store('get', '/store/trace/:code', ({ request, params }) => {
    if (params.code === EXPIRED_TRACE.code) {
      return HttpResponse.json({
        bundle: EXPIRED_TRACE.bundle,
        verifier_keys: [SAMPLE_TRACE.verifierKey],
      } satisfies StoreTraceAnswer);
    }
    if (params.code !== SAMPLE_TRACE.code)
      return notFound(`lô ${params.code} / lot ${params.code}`);
    const headers = { ETag: SAMPLE_ETAG, 'Cache-Control': 'public, max-age=30' };
    if (request.headers.get('if-none-match') === SAMPLE_ETAG) {
      return new HttpResponse(null, { status: 304, headers });
    }
    return HttpResponse.json(
      {
        bundle: SAMPLE_TRACE.bundle,
        verifier_keys: [SAMPLE_TRACE.verifierKey],
      } satisfies StoreTraceAnswer,
      { headers },
    );
  }),

  store('get', '/store/trace/gs1/:gtin/:lot', ({ params }) =>
    params.gtin === SAMPLE_TRACE.gtin && params.lot === SAMPLE_TRACE.lotNumber
      ? HttpResponse.json({ code: SAMPLE_TRACE.code } satisfies StoreGs1LotAnswer)
      : notFound(`GTIN ${params.gtin} lô ${params.lot}`),
  ),

  store('post', '/store/trace/:code/scans', ({ params, body }) => {
    const serial = typeof body.serial === 'string' ? body.serial : String(params.code);
    const scans = (state.scans.get(serial) ?? 0) + 1;
    state.scans.set(serial, scans);
    const suspicious = scans > 3;
    return HttpResponse.json(
      {
        verdict: {
          serial,
          level: typeof body.serial === 'string' ? 'unit' : 'lot',
          scans,
          provinces: typeof body.province === 'string' ? [body.province] : [],
          suspicious,
          reasons: suspicious
            ? [
                {
                  vi: `Mã này đã được quét ${scans} lần`,
                  en: `This code was scanned ${scans} times`,
                },
              ]
            : [],
        },
      } satisfies ScanAnswer,
      { status: 201 },
    );
  }),

  store('get', '/store/regions', () => HttpResponse.json({ regions: [REGION], count: 1 })),

  store('get', '/store/products', ({ url }) => {
    const fields = url.searchParams.get('fields') ?? '';
    if (fields.includes('calculated_price') && url.searchParams.get('region_id') !== REGION.id) {
      return invalid('Region with id undefined not found when populating the pricing context');
    }
    const handle = url.searchParams.get('handle');
    const ids = [...url.searchParams.entries()]
      .filter(([key]) => key === 'id' || key.startsWith('id['))
      .map(([, value]) => value);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const matching = PRODUCTS.filter(
      (p) => (!handle || p.handle === handle) && (ids.length === 0 || ids.includes(p.id)),
    );
    return HttpResponse.json({
      products: matching.slice(offset, offset + limit).map(storeProduct),
      count: matching.length,
      offset,
      limit,
    });
  }),

  store('get', '/store/products/:id/origin', ({ params }) => {
    const product = PRODUCTS.find((p) => p.id === params.id);
    if (!product) return notFound(`Product ${params.id}`);
    return HttpResponse.json({
      cooperative: COOPERATIVES.find((c) => c.product_ids.includes(product.id)) ?? null,
      lots: LOTS[product.id] ?? [],
      facts: LEDGER_FACTS[product.id]!,
    } satisfies StoreProductOriginAnswer);
  }),

  store('get', '/store/cooperatives', ({ url }) => {
    const province = url.searchParams.get('province');
    return HttpResponse.json({
      cooperatives: COOPERATIVES.filter((c) => !province || c.province_code === province).map(
        withFacts,
      ),
    } satisfies StoreCooperativesAnswer);
  }),

  store('get', '/store/cooperatives/:handle', ({ params }) => {
    const cooperative = COOPERATIVES.find((c) => c.handle === params.handle);
    return cooperative
      ? HttpResponse.json({ cooperative: withFacts(cooperative) } satisfies StoreCooperativeAnswer)
      : notFound(`Cooperative ${params.handle}`);
  }),

  store('post', '/store/carts', ({ body }) => {
    if (body.region_id !== REGION.id) return invalid('Region not found');
    const cart: CartState = {
      id: nextId('cart'),
      region_id: REGION.id,
      email: null,
      lines: [],
      shipping_address: null,
      shipping_option_id: null,
      payment_collection: null,
      completed_at: null,
      order_id: null,
    };
    state.carts.set(cart.id, cart);
    return HttpResponse.json({ cart: cartBody(cart) });
  }),

  store('get', '/store/carts/:id', ({ params }) => {
    const cart = openCart(params.id);
    return cart ? HttpResponse.json({ cart: cartBody(cart) }) : notFound(`Cart id ${params.id}`);
  }),

  store('post', '/store/carts/:id', ({ params, body }) => {
    const cart = openCart(params.id);
    if (!cart) return notFound(`Cart id ${params.id}`);
    if (typeof body.email === 'string') cart.email = body.email;
    if (body.shipping_address)
      cart.shipping_address = body.shipping_address as Record<string, unknown>;
    return HttpResponse.json({ cart: cartBody(cart) });
  }),

  store('post', '/store/carts/:id/line-items', ({ params, body }) => {
    const cart = openCart(params.id);
    if (!cart) return notFound(`Cart id ${params.id}`);
    const product = variantFixture(String(body.variant_id));
    if (!product) return invalid(`Variants with IDs ${String(body.variant_id)} do not exist`);
    const line = cart.lines.find((l) => l.variant_id === body.variant_id);
    const quantity = Number(body.quantity) + (line?.quantity ?? 0);
    if (quantity > product.stock) {
      return invalid(`Some variant does not have the required inventory`);
    }
    if (line) line.quantity = quantity;
    else cart.lines.push({ id: nextId('cali'), variant_id: String(body.variant_id), quantity });
    return HttpResponse.json({ cart: cartBody(cart) });
  }),

  store('post', '/store/carts/:id/line-items/:line', ({ params, body }) => {
    const cart = openCart(params.id);
    const line = cart?.lines.find((l) => l.id === params.line);
    if (!cart || !line) return notFound(`Line item ${params.line}`);
    if (Number(body.quantity) > variantFixture(line.variant_id)!.stock) {
      return invalid('Some variant does not have the required inventory');
    }
    line.quantity = Number(body.quantity);
    return HttpResponse.json({ cart: cartBody(cart) });
  }),

  store('delete', '/store/carts/:id/line-items/:line', ({ params }) => {
    const cart = openCart(params.id);
    if (!cart) return notFound(`Cart id ${params.id}`);
    cart.lines = cart.lines.filter((l) => l.id !== params.line);
    return HttpResponse.json({
      id: params.line,
      object: 'line-item',
      deleted: true,
      parent: cartBody(cart),
    });
  }),

  store('get', '/store/shipping-options', ({ url }) => {
    const cart = openCart(url.searchParams.get('cart_id') ?? undefined);
    if (!cart) return invalid('cart_id is required');
    const inVietnam = cart.shipping_address?.country_code === 'vn';
    return HttpResponse.json({ shipping_options: inVietnam ? SHIPPING_OPTIONS : [] });
  }),

  store('post', '/store/carts/:id/shipping-methods', ({ params, body }) => {
    const cart = openCart(params.id);
    if (!cart) return notFound(`Cart id ${params.id}`);
    if (!SHIPPING_OPTIONS.some((o) => o.id === body.option_id)) {
      return invalid('Shipping Options are invalid for cart.');
    }
    cart.shipping_option_id = String(body.option_id);
    return HttpResponse.json({ cart: cartBody(cart) });
  }),

  store('get', '/store/payment-providers', ({ url }) => {
    if (url.searchParams.get('region_id') !== REGION.id) return invalid('region_id is required');
    return HttpResponse.json({
      payment_providers: [{ id: 'pp_system_default' }, { id: 'pp_vnpay_vnpay' }],
      count: 2,
    });
  }),

  store('post', '/store/payment-collections', ({ body }) => {
    const cart = openCart(String(body.cart_id));
    if (!cart) return notFound(`Cart id ${String(body.cart_id)}`);
    cart.payment_collection ??= { id: nextId('paycol'), payment_sessions: [] };
    return HttpResponse.json({ payment_collection: cart.payment_collection });
  }),

  store('post', '/store/payment-collections/:id/payment-sessions', ({ params, body }) => {
    const cart = [...state.carts.values()].find((c) => c.payment_collection?.id === params.id);
    if (!cart?.payment_collection) return notFound(`Payment collection ${params.id}`);
    const amount = cartBody(cart).total;
    const provider = String(body.provider_id);
    const data = (body.data ?? {}) as Record<string, unknown>;
    let sessionData: Record<string, unknown> = {};
    if (provider === 'pp_vnpay_vnpay') {
      const txnRef = `NG20261124093000${String(state.counter).padStart(12, '0')}`;
      const query = new URLSearchParams({
        vnp_Amount: String(amount * 100),
        vnp_TxnRef: txnRef,
        vnp_IpAddr: typeof data.ip_address === 'string' ? data.ip_address : '127.0.0.1',
        vnp_ReturnUrl: 'http://localhost:3000/checkout/vnpay-return',
        vnp_SecureHash: 'signed-by-the-backend',
      });
      sessionData = {
        txn_ref: txnRef,
        payment_url: `https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?${query}`,
        amount_vnd: amount,
        create_date: 20261124093000,
      };
    }
    // Medusa replaces the collection's sessions with the new one.
    cart.payment_collection.payment_sessions = [
      { id: nextId('payses'), provider_id: provider, status: 'pending', amount, data: sessionData },
    ];
    return HttpResponse.json({ payment_collection: cart.payment_collection });
  }),

  store('post', '/store/carts/:id/complete', ({ params }) => {
    const cart = openCart(params.id);
    if (!cart) return notFound(`Cart id ${params.id}`);
    if (cart.order_id) {
      return HttpResponse.json({
        type: 'order',
        order: orderBody(state.orders.get(cart.order_id)!),
      });
    }
    const session = sessionOf(cart);
    if (!session) return invalid('Payment sessions are required to complete cart');
    if (session.provider_id !== 'pp_system_default') {
      // The VNPay provider authorises only a session that holds VNPay's verified answer.
      return HttpResponse.json({
        type: 'cart',
        cart: cartBody(cart),
        error: {
          message: 'Payment authorization failed',
          name: 'Error',
          type: 'payment_authorization_error',
        },
      });
    }
    const order = placeOrder(cart, 'pp_system_default', 'authorized');
    return HttpResponse.json({ type: 'order', order: orderBody(order) });
  }),

  store('get', '/store/orders/:id', ({ params }) => {
    const order = state.orders.get(params.id ?? '');
    return order
      ? HttpResponse.json({ order: orderBody(order) })
      : notFound(`Order id ${params.id}`);
  }),
];

/** Drives the fake backend from tests. */
export const medusa = {
  reset() {
    state.carts.clear();
    state.orders.clear();
    state.requests.length = 0;
    state.scans.clear();
    state.figures = null;
    state.counter = 0;
  },
  /** What `GET /store/communes/16941/figures` answers from now on (until the test ends). */
  answerFigures(answer: (year: number) => unknown) {
    state.figures = answer;
  },
  /** Every request the storefront made, in order. */
  get requests() {
    return state.requests;
  },
  cart(id: string) {
    return state.carts.get(id);
  },
  order(id: string) {
    return state.orders.get(id);
  },
  /**
   * What apps/commerce does with VNPay's verified IPN (src/lib/vnpay-settlement.ts): stores the
   * proof in the session; when paid, completes the cart and captures the payment. `captured`
   * false stops between the two, as a moment of the real settlement does.
   */
  ipn(txnRef: string, { paid, captured = true }: { paid: boolean; captured?: boolean }) {
    const cart = [...state.carts.values()].find((c) => sessionOf(c)?.data.txn_ref === txnRef);
    const session = cart && sessionOf(cart);
    if (!cart || !session) throw new Error(`no VNPay session ${txnRef}`);
    session.data.vnpay_result = {
      vnp_TxnRef: txnRef,
      vnp_ResponseCode: paid ? '00' : '24',
      vnp_TransactionStatus: paid ? '00' : '02',
    };
    if (!paid) return null;
    session.status = captured ? 'captured' : 'authorized';
    return placeOrder(cart, 'pp_vnpay_vnpay', captured ? 'captured' : 'authorized');
  },
  /** The cooperative recorded the cash (`POST /admin/orders/:id/cod-received`). */
  codReceived(orderId: string) {
    state.orders.get(orderId)!.payment_status = 'captured';
  },
  /** The backend does not answer at all. */
  down(): HttpHandler {
    return http.all(`${BACKEND}/*`, () => HttpResponse.error());
  },
  /** The backend answers 500 to everything. */
  failing(): HttpHandler {
    return http.all(`${BACKEND}/*`, () =>
      HttpResponse.json(
        { type: 'unknown_error', message: 'An unknown error occurred.' },
        { status: 500 },
      ),
    );
  },
};
