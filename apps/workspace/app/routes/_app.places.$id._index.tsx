// A place: its current version and its history, every version with when a signed checkpoint
// first covered it (the ledger keeps them all).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatDateTime } from '@nguongoc/vn-locale';
import { PlaceFacts } from '../components/place-facts';
import { communeLabel } from '@nguongoc/vn-admin-units';
import { languageOf } from '../language.server';
import { getPlace } from '../places.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.place.name ?? ''} — NguonGoc` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [answer, language] = await Promise.all([
    getPlace(request, account, params.id!),
    languageOf(request),
  ]);
  // vn-admin-units reads its data from disk: the names are looked up here, not in the page.
  const communes = Object.fromEntries(
    [answer.place, ...answer.versions.map((version) => version.place)].map((place) => [
      place.commune_code,
      communeLabel(place.commune_code, language) ?? place.commune_code,
    ]),
  );
  return { ...answer, communes };
}

export default function PlacePage() {
  const { place, versions, communes } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const t = useText();
  const language = useLanguage();
  return (
    <>
      <p>
        <Link to="/places">← {t({ vi: 'Vùng trồng, địa điểm', en: 'Places' })}</Link>
      </p>
      <h1>{place.name}</h1>
      {search.get('saved') ? (
        <p className="notice" role="status">
          {t({ vi: 'Đã lưu phiên bản mới.', en: 'A new version was saved.' })}
        </p>
      ) : null}
      <section className="card" aria-labelledby="current">
        <h2 id="current">{t({ vi: 'Hiện tại', en: 'Current' })}</h2>
        <PlaceFacts place={place} communes={communes} />
      </section>
      <div className="actions">
        <Link className="button" to={`/places/${encodeURIComponent(place.id)}/edit`}>
          {t({ vi: 'Sửa', en: 'Edit' })}
        </Link>
      </div>
      <h2>
        {t({ vi: 'Lịch sử', en: 'History' })} ({versions.length})
      </h2>
      <ol className="list versions">
        {versions.map((version, index) => (
          <li key={version.leaf_index}>
            <p>
              <strong>
                {t({ vi: 'Phiên bản', en: 'Version' })} {versions.length - index}
              </strong>{' '}
              ·{' '}
              {version.recorded_at
                ? formatDateTime(version.recorded_at, language)
                : t({ vi: 'đang chờ ký xác nhận', en: 'awaiting a signed checkpoint' })}
            </p>
            <details>
              <summary>{t({ vi: 'Nội dung', en: 'Contents' })}</summary>
              <PlaceFacts place={version.place} communes={communes} />
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
