// Where an exchange finding is fixed, from the product field it names (contracts'
// PRODUCT_FIELD_KEYS): the product form's field (`/products/:id/edit#field-brand`); the
// cooperative's commune (`origin`) on its profile; a traced lot (`trace`) on the product's page.
export function fixLink(productId: string, field: string): string {
  const product = `/products/${encodeURIComponent(productId)}`;
  if (field === 'origin') return '/cooperative';
  if (field === 'trace') return product;
  return `${product}/edit#field-${field}`;
}
