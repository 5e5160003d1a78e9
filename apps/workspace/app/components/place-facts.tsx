// What a version of a place says, as a definition list: shown for the current version and for
// each earlier one in the place's history.
import type { CoopPlace } from '@nguongoc/contracts';
import { formatNumber } from '@nguongoc/vn-locale';
import type { ReactNode } from 'react';
import { KIND_NAMES } from '../place-kinds';
import { useLanguage, useText } from '../text';

/** `communes`: the names of the communes, by code, in the page's language (the loader's). */
export function PlaceFacts({
  place,
  communes,
}: {
  place: CoopPlace;
  communes: Record<string, string>;
}) {
  const t = useText();
  const language = useLanguage();
  const kg = (value: number | undefined) =>
    value === undefined ? '—' : `${formatNumber(value, language, { fractionDigits: 1 })} kg`;
  const rows: [string, ReactNode][] = [
    [t({ vi: 'Loại', en: 'Kind' }), t(KIND_NAMES[place.kind])],
    [t({ vi: 'Tên', en: 'Name' }), place.name],
  ];
  if (place.planting_area_code)
    rows.push([t({ vi: 'Mã số vùng trồng', en: 'Planting area code' }), place.planting_area_code]);
  rows.push([t({ vi: 'Xã', en: 'Commune' }), communes[place.commune_code] ?? place.commune_code]);
  if (place.address) rows.push([t({ vi: 'Địa chỉ', en: 'Address' }), place.address]);
  if (place.area_hectares !== undefined)
    rows.push([
      t({ vi: 'Diện tích', en: 'Area' }),
      `${formatNumber(place.area_hectares, language, { fractionDigits: 2 })} ha`,
    ]);
  if (place.crop) rows.push([t({ vi: 'Cây trồng', en: 'Crop' }), place.crop]);
  if (place.variety) rows.push([t({ vi: 'Giống', en: 'Variety' }), place.variety]);
  if (place.point)
    rows.push([
      t({ vi: 'Vị trí', en: 'Position' }),
      `${place.point.latitude}, ${place.point.longitude}`,
    ]);
  if (place.boundary)
    rows.push([
      t({ vi: 'Ranh giới', en: 'Boundary' }),
      t({
        vi: `${place.boundary.length} điểm`,
        en: `${place.boundary.length} points`,
      }),
    ]);
  if (place.households.length > 0)
    rows.push([
      t({ vi: 'Hộ thành viên', en: 'Member households' }),
      place.households
        .map(
          (household) => household.head_name ?? t({ vi: '(hộ khác)', en: '(another household)' }),
        )
        .join(', '),
    ]);
  for (const season of place.seasons) {
    rows.push([
      `${t({ vi: 'Vụ', en: 'Season' })} ${season.name}`,
      `${season.starts_on} → ${season.ends_on ?? '…'}; ${t({ vi: 'dự kiến', en: 'expected' })} ${kg(season.expected_yield_kg)}, ${t({ vi: 'thực tế', en: 'actual' })} ${kg(season.actual_yield_kg)}`,
    ]);
  }
  return (
    <dl className="place-facts">
      {rows.map(([term, value], index) => (
        <div key={index}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
