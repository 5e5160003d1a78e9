// The product fields an exchange's finding points to, once (ADR 028): the connectors' findings
// name them, the contracts' schema checks them (`@nguongoc/connectors/product-fields`, a module
// with no dependencies, as `./exchanges`).

/**
 * The product fields a finding points to. The workspace's product form has an anchor
 * `#field-<key>` for each (`/products/:id/edit#field-brand`); `origin` is the cooperative's
 * commune (its profile) and `trace` its lots.
 */
export const PRODUCT_FIELDS = [
  'sku',
  'title',
  'title_en',
  'description',
  'price',
  'stock',
  'net_quantity',
  'images',
  'weight',
  'dimensions',
  'brand',
  'shelf_life_days',
  'storage',
  'ingredients',
  'certification',
  'attributes',
  'category',
  'ocop',
  'origin',
  'trace',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];
