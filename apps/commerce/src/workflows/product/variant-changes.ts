import type { MedusaContainer, ProductTypes } from '@medusajs/framework/types';
import type { CoopProductUpdateBody, CoopProductVariantBody } from '@nguongoc/contracts';
import { checkGtinsFree, checkSkusFree, invalid } from './product-checks';

// Which variants a change of a product adds and removes (issue #23): checked against the product
// as stored before anything is written, so that the update workflow only writes.

/** The most variants a product has (the contract's limit). */
const MAX_VARIANTS = 20;

/** A stored variant as the update workflow reads it. */
export interface StoredVariant {
  id: string;
  sku?: string | null;
  barcode?: string | null;
  title?: string | null;
  options?: ({ value?: string | null } | null)[] | null;
  inventory_items?:
    | ({
        inventory_item_id: string;
        inventory?: {
          location_levels?: ({ reserved_quantity?: number | null } | null)[] | null;
        } | null;
      } | null)[]
    | null;
}

/** The product's options as the update workflow reads them. */
export interface StoredOption {
  id: string;
  title: string;
  values?: ({ value?: string | null } | null)[] | null;
}

export interface VariantChanges {
  /** The new variants, as Medusa's createProductVariantsWorkflow takes them. */
  added: (ProductTypes.CreateProductVariantDTO & {
    prices: { amount: number; currency_code: string }[];
  })[];
  /** The new variants' stock, by SKU. */
  added_stock: Record<string, number>;
  /** The new variants' option values, to give the product's option first. */
  option_values: ProductTypes.ProductOptionProductValueUpdate[];
  /** The variants removed (soft-deleted, as Medusa's own admin removes them). */
  removed: string[];
  /** The first variant left once the change is made: the ledger record's when it has none. */
  first: { sku: string; gtin?: string | null | undefined } | undefined;
}

type VariantChange = NonNullable<CoopProductUpdateBody['variants']>[number];
const isNew = (change: VariantChange): change is CoopProductVariantBody => !('id' in change);

/**
 * The variants a change adds and removes, checked: the removed ones are this product's, not the
 * ledger record's main trade item (`mainSku`: its SKU names it, and printed labels with it), and
 * have no goods reserved for an order not yet shipped; at least one variant stays; the new ones
 * have free SKUs and GTINs and titles of their own, the value each takes of the product's one
 * option (as creation gives each variant its title as its value).
 * @throws 400 in both languages naming the field.
 */
export async function variantChanges(
  container: MedusaContainer,
  productId: string,
  variants: StoredVariant[],
  options: StoredOption[],
  update: CoopProductUpdateBody,
  mainSku: string | undefined,
): Promise<VariantChanges> {
  const removed = [...new Set(update.remove_variant_ids ?? [])];
  for (const id of removed) {
    const variant = variants.find((v) => v.id === id);
    if (!variant) {
      throw invalid({
        vi: `remove_variant_ids: ${id} không phải phân loại của sản phẩm này`,
        en: `remove_variant_ids: ${id} is not a variant of this product`,
      });
    }
  }
  const changed = (update.variants ?? []).flatMap((change) => (isNew(change) ? [] : [change.id]));
  const both = changed.find((id) => removed.includes(id));
  if (both) {
    throw invalid({
      vi: `variants: phân loại ${both} vừa được sửa vừa bị xoá`,
      en: `variants: variant ${both} is both changed and removed`,
    });
  }
  // Medusa trims an option value it creates: the title is trimmed to match it.
  const additions = (update.variants ?? [])
    .filter(isNew)
    .map((addition) => ({ ...addition, title: addition.title.trim() }));
  const kept = variants.filter((variant) => !removed.includes(variant.id));
  if (kept.length + additions.length === 0) {
    throw invalid({
      vi: 'remove_variant_ids: sản phẩm phải còn ít nhất một phân loại',
      en: 'remove_variant_ids: a product keeps at least one variant',
    });
  }
  if (kept.length + additions.length > MAX_VARIANTS) {
    throw invalid({
      vi: `variants: tối đa ${MAX_VARIANTS} phân loại cho một sản phẩm`,
      en: `variants: at most ${MAX_VARIANTS} variants per product`,
    });
  }
  for (const id of removed) {
    const variant = variants.find((v) => v.id === id)!;
    if (mainSku && variant.sku === mainSku) {
      throw invalid({
        vi: `remove_variant_ids: ${mainSku} là mặt hàng chính của sản phẩm trong sổ truy xuất (tem đã in mang mã này), không xoá được`,
        en: `remove_variant_ids: ${mainSku} is the product's main trade item in the trace ledger (printed labels carry it) and cannot be removed`,
      });
    }
    const reserved = (variant.inventory_items ?? []).some((item) =>
      (item?.inventory?.location_levels ?? []).some((level) => (level?.reserved_quantity ?? 0) > 0),
    );
    if (reserved) {
      throw invalid({
        vi: `remove_variant_ids: phân loại ${variant.sku ?? id} còn hàng giữ cho đơn chưa giao, chưa xoá được`,
        en: `remove_variant_ids: variant ${variant.sku ?? id} has goods reserved for an order not yet shipped and cannot be removed yet`,
      });
    }
  }

  let option: StoredOption | undefined;
  if (additions.length > 0) {
    if (options.length !== 1) {
      throw invalid({
        vi: `variants: sản phẩm có ${options.length} thuộc tính phân loại; chỉ thêm được phân loại cho sản phẩm có một thuộc tính`,
        en: `variants: the product has ${options.length} variant options; variants can be added only to a product with one`,
      });
    }
    option = options[0]!;
    const taken = new Set(
      kept.flatMap((variant) => [
        variant.title ?? '',
        ...(variant.options ?? []).map((value) => value?.value ?? ''),
      ]),
    );
    for (const addition of additions) {
      if (taken.has(addition.title)) {
        throw invalid({
          vi: `variants[].title: đã có phân loại "${addition.title}"; mỗi phân loại một tên riêng`,
          en: `variants[].title: there is already a variant "${addition.title}"; each variant needs a name of its own`,
        });
      }
      taken.add(addition.title);
    }
    await checkSkusFree(
      container,
      additions.map((addition) => addition.sku),
    );
    await checkGtinsFree(
      container,
      additions.flatMap((addition) => (addition.gtin ? [addition.gtin] : [])),
    );
  }

  const [head] = kept;
  const first = head?.sku
    ? { sku: head.sku, gtin: head.barcode }
    : additions[0] && { sku: additions[0].sku, gtin: additions[0].gtin };
  return {
    added: additions.map((addition) => ({
      product_id: productId,
      title: addition.title,
      sku: addition.sku,
      ...(addition.gtin ? { barcode: addition.gtin } : {}),
      options: { [option!.title]: addition.title },
      manage_inventory: true,
      prices: [{ amount: addition.price_vnd, currency_code: 'vnd' }],
    })),
    added_stock: Object.fromEntries(additions.map((addition) => [addition.sku, addition.stock])),
    option_values: option
      ? [
          {
            product_id: productId,
            product_option_id: option.id,
            add: additions.map((addition) => ({ value: addition.title })),
          },
        ]
      : [],
    removed,
    first,
  };
}
