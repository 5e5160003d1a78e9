import { listCooperatives } from '../../commerce/cooperatives.server';
import { fromBackend } from '../../commerce/medusa.server';
import { byStars, listProducts } from '../../commerce/products.server';
import type { BilingualText, StoreCooperative } from '@nguongoc/contracts';

const FEATURED = 8;

export interface Place {
  provinceCode: string;
  province: BilingualText;
  communes: {
    code: string;
    name: BilingualText;
    cooperatives: { handle: string; name: string }[];
  }[];
}

/** The provinces and communes the cooperatives are in, province by province. */
export function placesOf(cooperatives: readonly StoreCooperative[]): Place[] {
  const places = new Map<string, Place>();
  for (const cooperative of cooperatives) {
    let place = places.get(cooperative.province_code);
    if (!place) {
      place = {
        provinceCode: cooperative.province_code,
        province: cooperative.province,
        communes: [],
      };
      places.set(cooperative.province_code, place);
    }
    let commune = place.communes.find((c) => c.code === cooperative.commune_code);
    if (!commune) {
      commune = { code: cooperative.commune_code, name: cooperative.commune, cooperatives: [] };
      place.communes.push(commune);
    }
    commune.cooperatives.push({ handle: cooperative.handle, name: cooperative.name });
  }
  return [...places.values()].sort((a, b) => a.province.vi.localeCompare(b.province.vi, 'vi'));
}

export async function homePage() {
  return fromBackend('home page', async () => {
    const cooperatives = await listCooperatives();
    const products = await listProducts(cooperatives);
    return {
      featured: [...products].sort(byStars).slice(0, FEATURED),
      cooperatives: cooperatives.map((cooperative) => ({
        handle: cooperative.handle,
        name: cooperative.name,
        description: cooperative.description,
        province: cooperative.province,
        commune: cooperative.commune,
        productCount: cooperative.product_ids.length,
      })),
      places: placesOf(cooperatives),
    };
  });
}
