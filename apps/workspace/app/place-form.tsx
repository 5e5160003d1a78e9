// The form that registers or edits a place: kind (new places only), name, commune, address,
// planting-area code, area, crop, variety, position, boundary, member households and seasons
// (the ones it has, and one more to add). Plain HTML: it posts and the page redirects.
import { Form } from '@remix-run/react';
import type { Message } from '@nguongoc/vn-locale';
import type { PlaceValues, SeasonValues } from './places.server';
import { KIND_NAMES } from './place-kinds';
import { useText } from './text';

const TEXT = {
  kind: { vi: 'Loại địa điểm', en: 'Kind of place' },
  name: { vi: 'Tên', en: 'Name' },
  commune: { vi: 'Mã xã (5 chữ số)', en: 'Commune code (5 digits)' },
  communeHint: {
    vi: 'Theo danh mục đơn vị hành chính 2025',
    en: 'As in the 2025 administrative units',
  },
  address: { vi: 'Địa chỉ (thôn, xóm)', en: 'Address (village, hamlet)' },
  code: { vi: 'Mã số vùng trồng', en: 'Planting area code' },
  codeHint: {
    vi: 'Bắt buộc với vùng trồng: chữ in hoa, số, dấu . và -',
    en: 'Required for a planting area: upper-case letters, digits, . and -',
  },
  area: { vi: 'Diện tích', en: 'Area' },
  crop: { vi: 'Cây trồng', en: 'Crop' },
  variety: { vi: 'Giống', en: 'Variety' },
  position: { vi: 'Vị trí (một điểm)', en: 'Position (one point)' },
  latitude: { vi: 'Vĩ độ', en: 'Latitude' },
  longitude: { vi: 'Kinh độ', en: 'Longitude' },
  myPosition: { vi: 'Dùng vị trí của tôi', en: 'Use my position' },
  boundary: { vi: 'Ranh giới', en: 'Boundary' },
  boundaryHint: {
    vi: 'Mỗi dòng một điểm "vĩ độ,kinh độ", ít nhất 3 điểm, theo thứ tự quanh khu đất',
    en: 'One point "latitude,longitude" per line, at least 3, in order around the plot',
  },
  households: { vi: 'Hộ thành viên canh tác', en: 'Member households farming it' },
  noHouseholds: {
    vi: 'Hợp tác xã chưa có hộ thành viên nào.',
    en: 'The cooperative has no member households yet.',
  },
  seasons: { vi: 'Các vụ', en: 'Seasons' },
  newSeason: { vi: 'Thêm một vụ', en: 'Add a season' },
  seasonName: { vi: 'Tên vụ', en: 'Season name' },
  starts: { vi: 'Bắt đầu', en: 'Starts' },
  ends: { vi: 'Kết thúc', en: 'Ends' },
  expected: { vi: 'Sản lượng dự kiến', en: 'Expected yield' },
  actual: { vi: 'Sản lượng thực tế', en: 'Actual yield' },
} as const;

function SeasonFields({ prefix, values }: { prefix: string; values: SeasonValues }) {
  const t = useText();
  const id = (field: string) => `${prefix}-${field}`.replace(/\./g, '-');
  return (
    <>
      {values.id ? <input type="hidden" name={`${prefix}.id`} value={values.id} /> : null}
      <label htmlFor={id('name')}>{t(TEXT.seasonName)}</label>
      <input id={id('name')} name={`${prefix}.name`} defaultValue={values.name} maxLength={100} />
      <div className="pair">
        <div>
          <label htmlFor={id('starts_on')}>{t(TEXT.starts)}</label>
          <input
            id={id('starts_on')}
            name={`${prefix}.starts_on`}
            type="date"
            defaultValue={values.starts_on}
          />
        </div>
        <div>
          <label htmlFor={id('ends_on')}>{t(TEXT.ends)}</label>
          <input
            id={id('ends_on')}
            name={`${prefix}.ends_on`}
            type="date"
            defaultValue={values.ends_on}
          />
        </div>
      </div>
      <div className="pair">
        <div>
          <label htmlFor={id('expected_yield_kg')}>
            {t(TEXT.expected)} <span className="hint">kg</span>
          </label>
          <input
            id={id('expected_yield_kg')}
            name={`${prefix}.expected_yield_kg`}
            inputMode="decimal"
            defaultValue={values.expected_yield_kg}
          />
        </div>
        <div>
          <label htmlFor={id('actual_yield_kg')}>
            {t(TEXT.actual)} <span className="hint">kg</span>
          </label>
          <input
            id={id('actual_yield_kg')}
            name={`${prefix}.actual_yield_kg`}
            inputMode="decimal"
            defaultValue={values.actual_yield_kg}
          />
        </div>
      </div>
    </>
  );
}

export function PlaceForm({
  values,
  households,
  isNew,
  submit,
  error,
}: {
  values: PlaceValues;
  households: { id: string; head_name: string }[];
  isNew: boolean;
  submit: Message;
  error?: string | undefined;
}) {
  const t = useText();
  return (
    <Form method="post" className="card">
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {isNew ? (
        <>
          <label htmlFor="field-kind">{t(TEXT.kind)}</label>
          <select id="field-kind" name="kind" defaultValue={values.kind}>
            {Object.entries(KIND_NAMES).map(([kind, name]) => (
              <option key={kind} value={kind}>
                {t(name)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor="field-name">{t(TEXT.name)}</label>
      <input id="field-name" name="name" required maxLength={200} defaultValue={values.name} />
      <label htmlFor="field-planting_area_code">
        {t(TEXT.code)} <span className="hint">{t(TEXT.codeHint)}</span>
      </label>
      <input
        id="field-planting_area_code"
        name="planting_area_code"
        autoCapitalize="characters"
        maxLength={40}
        defaultValue={values.planting_area_code}
      />
      <label htmlFor="field-commune_code">
        {t(TEXT.commune)} <span className="hint">{t(TEXT.communeHint)}</span>
      </label>
      <input
        id="field-commune_code"
        name="commune_code"
        inputMode="numeric"
        pattern="\d{5}"
        required
        defaultValue={values.commune_code}
      />
      <label htmlFor="field-address">{t(TEXT.address)}</label>
      <input id="field-address" name="address" maxLength={300} defaultValue={values.address} />
      <label htmlFor="field-area_hectares">
        {t(TEXT.area)} <span className="hint">ha</span>
      </label>
      <input
        id="field-area_hectares"
        name="area_hectares"
        inputMode="decimal"
        defaultValue={values.area_hectares}
      />
      <div className="pair">
        <div>
          <label htmlFor="field-crop">{t(TEXT.crop)}</label>
          <input id="field-crop" name="crop" maxLength={100} defaultValue={values.crop} />
        </div>
        <div>
          <label htmlFor="field-variety">{t(TEXT.variety)}</label>
          <input id="field-variety" name="variety" maxLength={100} defaultValue={values.variety} />
        </div>
      </div>
      <fieldset>
        <legend>{t(TEXT.position)}</legend>
        <div className="pair">
          <div>
            <label htmlFor="field-latitude">{t(TEXT.latitude)}</label>
            <input
              id="field-latitude"
              name="latitude"
              inputMode="decimal"
              defaultValue={values.latitude}
            />
          </div>
          <div>
            <label htmlFor="field-longitude">{t(TEXT.longitude)}</label>
            <input
              id="field-longitude"
              name="longitude"
              inputMode="decimal"
              defaultValue={values.longitude}
            />
          </div>
        </div>
        {/* Shown by /position.js where the phone can tell its position; hidden without it. */}
        <div className="actions">
          <button type="button" className="secondary" data-use-position hidden>
            {t(TEXT.myPosition)}
          </button>
        </div>
      </fieldset>
      <label htmlFor="field-boundary">
        {t(TEXT.boundary)} <span className="hint">{t(TEXT.boundaryHint)}</span>
      </label>
      <textarea
        id="field-boundary"
        name="boundary"
        rows={4}
        placeholder={'19.62,104.91\n19.63,104.92\n19.62,104.93'}
        defaultValue={values.boundary}
      />
      <fieldset>
        <legend>{t(TEXT.households)}</legend>
        {households.length === 0 ? <p className="muted">{t(TEXT.noHouseholds)}</p> : null}
        {households.map((household) => (
          <label className="choice" key={household.id}>
            <input
              type="checkbox"
              name="household_ids"
              value={household.id}
              defaultChecked={values.household_ids.includes(household.id)}
            />
            {household.head_name}
          </label>
        ))}
      </fieldset>
      <input type="hidden" name="season_count" value={values.seasons.length} />
      {values.seasons.length > 0 ? (
        <fieldset>
          <legend>{t(TEXT.seasons)}</legend>
          {values.seasons.map((season, index) => (
            <div className="card" key={season.id || index}>
              <SeasonFields prefix={`seasons.${index}`} values={season} />
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t(TEXT.newSeason)}</legend>
        <SeasonFields prefix="new_season" values={values.new_season} />
      </fieldset>
      <div className="actions">
        <button type="submit">{t(submit)}</button>
      </div>
    </Form>
  );
}
