// The cooperative's lots (/coop/products/:id/lots, /coop/lots/:lot): what the lots pages read,
// and the field-work form's fields turned into the backend's body. The backend checks and signs
// everything; here only what a form cannot say in JSON is read.
import type {
  AdminLot,
  CoopPlace,
  CreateLotBody,
  CreatedLotAnswer,
  FieldWorkBody,
  LotDetailAnswer,
  CoopProductAnswer,
  CoopProductsAnswer,
  ProductLotsAnswer,
} from '@nguongoc/contracts';
import type { Lot, Product } from '@nguongoc/trace-core';
import {
  type Language,
  type Message,
  NET_UNIT_NAMES,
  isNetUnit,
  toVietnamIso,
} from '@nguongoc/vn-locale';
import { backendJson, orNotFound } from './backend.server';
import { inputLotField, inputQuantityField } from './components/field-work-form';
import { FormProblem, listPlaces, readNumber } from './places.server';
import type { SignedIn } from './session.server';
import type { WorkKind } from './work-kinds';

export type MemberProduct = CoopProductsAnswer['products'][number];

export interface ProductLots {
  product: MemberProduct;
  /** Newest first; empty for a product not traced. */
  lots: AdminLot[];
}

const lotsPath = (productId: string) => `/coop/products/${encodeURIComponent(productId)}/lots`;

/** The cooperative's products, each with its lots (newest first, as the backend lists them). */
export async function listProductLots(request: Request, account: SignedIn): Promise<ProductLots[]> {
  const { products } = await backendJson<CoopProductsAnswer>(request, account, '/coop/products');
  return Promise.all(
    products.map(async (product) => ({
      product,
      lots: product.traced
        ? (await backendJson<ProductLotsAnswer>(request, account, lotsPath(product.id))).lots
        : [],
    })),
  );
}

export function openLot(
  request: Request,
  account: SignedIn,
  productId: string,
  body: CreateLotBody,
): Promise<CreatedLotAnswer> {
  return backendJson<CreatedLotAnswer>(request, account, lotsPath(productId), { body });
}

/** The story the backend tells, with the lines about where and by whom it was grown. */
type Story = LotDetailAnswer['story']['vi'] & { origin?: string[] };

export interface LotPage {
  detail: LotDetailAnswer & { story: { vi: Story; en: Story } };
  lot: Lot | undefined;
  product: Product | undefined;
  /** The lot as its product's list has it (trace page and labels links), when found. */
  listed: AdminLot | undefined;
  productTitle: string | undefined;
  /** The cooperative's products with their lots, as the lots list has them. */
  products: ProductLots[];
}

/** A lot's bundle, story and verification, with its links from its product's list. */
export async function getLot(request: Request, account: SignedIn, code: string): Promise<LotPage> {
  const [detail, products] = await Promise.all([
    // A lot the backend does not show this member (another cooperative's): the 404 page.
    orNotFound(
      backendJson<LotPage['detail']>(request, account, `/coop/lots/${encodeURIComponent(code)}`),
    ),
    listProductLots(request, account),
  ]);
  const records = detail.bundle.records.map((item) => item.record);
  const lot = records.find((r): r is Lot => r.type === 'lot' && r.id === detail.bundle.lot);
  const product = records.find(
    (r): r is Product => r.type === 'product' && r.id === lot?.productId,
  );
  const owner = products.find((each) => each.lots.some((l) => l.id === detail.bundle.lot));
  return {
    detail,
    lot,
    product,
    listed: owner?.lots.find((l) => l.id === detail.bundle.lot),
    productTitle: owner?.product.title,
    products,
  };
}

/** A lot a processing step can name as its input, with the unit its quantity is in. */
export interface InputLotOption {
  id: string;
  code: string;
  productTitle: string;
  /** The input product's unit, in the page's language (kg, lít, cái…). */
  unit: string;
}

/** The unit of a product's ledger record, written in `language`; "units" when it has none. */
export function unitName(unit: string | undefined, language: Language): string {
  if (isNetUnit(unit)) return NET_UNIT_NAMES[unit][language];
  return language === 'vi' ? 'đơn vị' : 'units';
}

/**
 * The cooperative's other lots, as inputs a processing step of the lot `page` can name: each
 * product's lots newest first, with the unit of that product's ledger record.
 */
export async function inputLotOptions(
  request: Request,
  account: SignedIn,
  page: LotPage,
  language: Language,
): Promise<InputLotOption[]> {
  const withLots = page.products.filter(({ lots }) =>
    lots.some((lot) => lot.id !== page.detail.bundle.lot),
  );
  const units = await Promise.all(
    withLots.map(async ({ product }) => {
      const answer = await backendJson<CoopProductAnswer>(
        request,
        account,
        `/coop/products/${encodeURIComponent(product.id)}`,
      );
      return unitName(answer.product.trace_record?.unit, language);
    }),
  );
  return withLots.flatMap(({ product, lots }, i) =>
    lots
      .filter((lot) => lot.id !== page.detail.bundle.lot)
      .map((lot) => ({ id: lot.id, code: lot.code, productTitle: product.title, unit: units[i]! })),
  );
}

const INPUT_FIELD = /^input_([0-9A-Z]+)$/;

/** Where field work can be: the cooperative's places, planting areas first. */
export async function workPlaces(request: Request, account: SignedIn): Promise<CoopPlace[]> {
  return listPlaces(request, account);
}

/** Now in Vietnam as a `datetime-local` value. */
export const vietnamNow = () => toVietnamIso(new Date()).slice(0, 16);

/** The form's values as typed, by field name. */
export type WorkValues = Record<string, string>;

export function readWorkForm(form: FormData): WorkValues {
  const values: WorkValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') values[name] = value.trim();
  }
  return values;
}

/** "2" and "kg/gốc" → "2 kg/gốc"; nothing when no amount was typed. */
function amountWithUnit(values: WorkValues, name: string, what: Message): string | undefined {
  const amount = values[name];
  if (!amount) return undefined;
  readNumber(amount, what);
  return `${amount} ${values[`${name}_unit`] ?? ''}`.trim();
}

function wholeNumber(value: string | undefined, what: Message): number | undefined {
  const number = readNumber(value ?? '', what);
  if (number !== undefined && !Number.isInteger(number)) {
    throw new FormProblem(`${what.vi}: cần số nguyên / ${what.en}: a whole number is needed`);
  }
  return number;
}

/** The certificate typed (always for a certification; on a harvest only when one is named). */
function certificate(values: WorkValues, required: boolean) {
  const scheme =
    values.certificate_scheme === 'other' ? values.certificate_other : values.certificate_scheme;
  if (!required && !values.certificate_number) return undefined;
  return {
    scheme: scheme ?? '',
    number: values.certificate_number ?? '',
    ...(values.certificate_issuer ? { issuer: values.certificate_issuer } : {}),
    ...(values.certificate_valid_until ? { validUntil: values.certificate_valid_until } : {}),
  };
}

/**
 * The backend's body for field work of `kind` from the form's values.
 * @throws FormProblem for a number that cannot be read.
 */
export function workBody(kind: WorkKind, values: WorkValues): FieldWorkBody {
  const details: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    if (value !== undefined && value !== '') details[name] = value;
  };
  switch (kind) {
    case 'sowing':
      put('variety', values.variety);
      put('seedSource', values.seedSource);
      break;
    case 'fertilising':
      put('fertiliser', values.fertiliser);
      put('amount', amountWithUnit(values, 'amount', { vi: 'Lượng phân', en: 'Amount' }));
      break;
    case 'spraying':
      put('pesticide', values.pesticide);
      put('activeIngredient', values.activeIngredient);
      put('dose', amountWithUnit(values, 'dose', { vi: 'Liều lượng', en: 'Dose' }));
      put(
        'preHarvestIntervalDays',
        wholeNumber(values.preHarvestIntervalDays, {
          vi: 'Thời gian cách ly',
          en: 'Pre-harvest interval',
        }),
      );
      break;
    case 'harvest':
      put('expiresOn', values.expiresOn);
      put('certificate', certificate(values, false));
      break;
    case 'processing':
      put('method', values.method);
      break;
    case 'packing':
      put('packageCount', wholeNumber(values.packageCount, { vi: 'Số gói', en: 'Packages' }));
      put(
        'packageSize',
        amountWithUnit(values, 'packageSize', { vi: 'Cỡ gói', en: 'Package size' }),
      );
      break;
    case 'certification':
      put('certificate', certificate(values, true));
      break;
    case 'shipping':
      put('destination', values.destination);
      put('carrier', values.carrier);
      put('orderId', values.orderId);
      break;
  }
  const quantity = readNumber(values.quantity ?? '', { vi: 'Số lượng', en: 'Quantity' });
  const inputs = kind === 'processing' ? inputLots(values) : [];
  return {
    kind,
    time: values.time ?? '',
    location_id: values.location_id ?? '',
    ...(quantity !== undefined ? { quantity } : {}),
    ...(values.note ? { note: values.note } : {}),
    details,
    ...(inputs.length > 0 ? { inputs } : {}),
  };
}

/**
 * The input lots ticked on a processing form, each with the quantity typed beside it. A quantity
 * typed beside a lot that is not ticked is a problem, not something silently dropped.
 * @throws FormProblem for a quantity that cannot be read or whose lot is not ticked.
 */
function inputLots(values: WorkValues): NonNullable<FieldWorkBody['inputs']> {
  const inputs: NonNullable<FieldWorkBody['inputs']> = [];
  for (const [name, value] of Object.entries(values)) {
    const lot = /^input_([0-9A-Z]+)_quantity$/.exec(name)?.[1];
    if (lot !== undefined && value !== '' && !values[inputLotField(lot)]) {
      throw new FormProblem(
        `Số lượng của lô ${lot}: hãy chọn lô này, hoặc xoá số lượng / ` +
          `Quantity of lot ${lot}: tick this lot, or clear its quantity`,
      );
    }
    const ticked = INPUT_FIELD.exec(name)?.[1];
    if (ticked === undefined || !value) continue;
    const amount = readNumber(values[inputQuantityField(ticked)] ?? '', {
      vi: `Số lượng của lô ${ticked}`,
      en: `Quantity of lot ${ticked}`,
    });
    inputs.push({ lot: ticked, ...(amount !== undefined ? { quantity: amount } : {}) });
  }
  return inputs;
}

export function recordWork(request: Request, account: SignedIn, lot: string, body: FieldWorkBody) {
  return backendJson<{ event: { duplicate: boolean } }>(
    request,
    account,
    `/coop/lots/${encodeURIComponent(lot)}/events`,
    { body },
  );
}
