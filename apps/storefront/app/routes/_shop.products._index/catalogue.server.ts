// The catalogue: every published product fetched once, then filtered here by category, OCOP
// stars and province (the cooperative's). With a dozen to a few hundred products this is one
// cached backend answer and a loop; past that it belongs in the backend (see the README).
import { listCooperatives } from '../../commerce/cooperatives.server';
import { fromBackend } from '../../commerce/medusa.server';
import { byStars, listProducts } from '../../commerce/products.server';
import type { BilingualText, StoreCooperative } from '@nguongoc/contracts';
import type { ProductSummary } from '../../commerce/types';
import { STAR_CHOICES } from '../../lib/ocop';

export interface CatalogueFilters {
  category: string | null;
  stars: number | null;
  province: string | null;
}

export function readFilters(url: URL): CatalogueFilters {
  const value = (name: string) => url.searchParams.get(name)?.trim() || null;
  const stars = Number(value('stars'));
  return {
    category: value('category'),
    stars: (STAR_CHOICES as readonly number[]).includes(stars) ? stars : null,
    province: value('province'),
  };
}

export function applyFilters(
  products: readonly ProductSummary[],
  cooperatives: readonly StoreCooperative[],
  filters: CatalogueFilters,
): ProductSummary[] {
  const inProvince = filters.province
    ? new Set(
        cooperatives
          .filter((cooperative) => cooperative.province_code === filters.province)
          .flatMap((cooperative) => cooperative.product_ids),
      )
    : null;
  return products.filter(
    (product) =>
      (!filters.category || product.categories.some((c) => c.handle === filters.category)) &&
      (!filters.stars || product.ocopStars === filters.stars) &&
      (!inProvince || inProvince.has(product.id)),
  );
}

interface Option {
  value: string;
  name: BilingualText;
}

function unique(options: Option[]): Option[] {
  const seen = new Map(options.map((option) => [option.value, option]));
  return [...seen.values()].sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'));
}

export async function cataloguePage(url: URL) {
  const filters = readFilters(url);
  return fromBackend('catalogue', async () => {
    const cooperatives = await listCooperatives();
    const products = (await listProducts(cooperatives)).sort(byStars);
    return {
      filters,
      products: applyFilters(products, cooperatives, filters),
      categories: unique(
        products.flatMap((p) => p.categories.map((c) => ({ value: c.handle, name: c.name }))),
      ),
      provinces: unique(cooperatives.map((c) => ({ value: c.province_code, name: c.province }))),
    };
  });
}
