// The cooperative's places, by kind, planting areas first with their code; a manager or staff
// member registers a new one from here.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatNumber } from '@nguongoc/vn-locale';
import { KIND_NAMES, KIND_ORDER } from '../place-kinds';
import { listPlaces } from '../places.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Vùng trồng, địa điểm / Places — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  return { places: await listPlaces(request, account) };
}

const GROUP_NAMES = {
  'planting-area': { vi: 'Vùng trồng', en: 'Planting areas' },
  farm: { vi: 'Trang trại', en: 'Farms' },
  'packing-house': { vi: 'Nhà sơ chế, đóng gói', en: 'Packing houses' },
  warehouse: { vi: 'Kho', en: 'Warehouses' },
} as const;

export default function Places() {
  const { places } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const t = useText();
  const language = useLanguage();
  return (
    <>
      <h1>{t({ vi: 'Vùng trồng, địa điểm', en: 'Places' })}</h1>
      {search.get('saved') ? (
        <p className="notice" role="status">
          {t({ vi: 'Đã lưu.', en: 'Saved.' })}
        </p>
      ) : null}
      <div className="actions">
        <Link className="button" to="/places/new">
          {t({ vi: 'Đăng ký địa điểm', en: 'Register a place' })}
        </Link>
      </div>
      {places.length === 0 ? (
        <p className="muted">
          {t({
            vi: 'Chưa có địa điểm nào. Đăng ký vùng trồng đầu tiên với mã số vùng trồng của nó.',
            en: 'No places yet. Register the first planting area with its code.',
          })}
        </p>
      ) : null}
      {KIND_ORDER.map((kind) => {
        const group = places.filter((place) => place.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind}>
            <h2>{t(GROUP_NAMES[kind])}</h2>
            <ul className="list">
              {group.map((place) => (
                <li key={place.id}>
                  <Link to={`/places/${encodeURIComponent(place.id)}`}>
                    <strong>{place.name}</strong>
                    {place.planting_area_code ? ` · ${place.planting_area_code}` : ''}
                  </Link>
                  <span className="muted">
                    {[
                      t(KIND_NAMES[place.kind]),
                      place.area_hectares !== undefined
                        ? `${formatNumber(place.area_hectares, language, { fractionDigits: 2 })} ha`
                        : '',
                      [place.crop, place.variety].filter(Boolean).join(' – '),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
