// The form that registers or edits a place: kind (new places only), name, commune, address,
// planting-area code, area, crop, variety, position, boundary, member households and seasons
// (the ones it has, and one more to add). Plain HTML: it posts and the page redirects.
import { Form } from '@remix-run/react';
import type { Message } from '@nguongoc/vn-locale';
import type { PlaceValues, SeasonValues } from '../places.server';
import { KIND_NAMES } from '../place-kinds';
import { useText } from '../text';
import { ErrorAlert } from './error-alert';
import { Field, FieldLabel, type FieldProps } from './field';

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
  const field = (name: keyof SeasonValues, label: Message, input: Partial<FieldProps> = {}) => (
    <Field
      id={`${prefix}-${name}`.replace(/\./g, '-')}
      label={label}
      name={`${prefix}.${name}`}
      defaultValue={values[name]}
      {...input}
    />
  );
  return (
    <>
      {values.id ? <input type="hidden" name={`${prefix}.id`} value={values.id} /> : null}
      {field('name', TEXT.seasonName, { maxLength: 100 })}
      <div className="row">
        <div>{field('starts_on', TEXT.starts, { type: 'date' })}</div>
        <div>{field('ends_on', TEXT.ends, { type: 'date' })}</div>
      </div>
      <div className="row">
        <div>{field('expected_yield_kg', TEXT.expected, { inputMode: 'decimal', unit: 'kg' })}</div>
        <div>{field('actual_yield_kg', TEXT.actual, { inputMode: 'decimal', unit: 'kg' })}</div>
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
  /** The place's field `name`: input `field-<name>`, kept as typed. */
  const field = (
    name: Exclude<keyof PlaceValues, 'household_ids' | 'seasons' | 'new_season'>,
    label: Message,
    input: Partial<FieldProps> = {},
  ) => (
    <Field id={`field-${name}`} label={label} name={name} defaultValue={values[name]} {...input} />
  );
  return (
    <Form method="post" className="card">
      <ErrorAlert error={error} />
      {isNew ? (
        <>
          <FieldLabel id="field-kind" label={TEXT.kind} />
          <select id="field-kind" name="kind" defaultValue={values.kind}>
            {Object.entries(KIND_NAMES).map(([kind, name]) => (
              <option key={kind} value={kind}>
                {t(name)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {field('name', TEXT.name, { required: true, maxLength: 200 })}
      {field('planting_area_code', TEXT.code, {
        hint: TEXT.codeHint,
        autoCapitalize: 'characters',
        maxLength: 40,
      })}
      {field('commune_code', TEXT.commune, {
        hint: TEXT.communeHint,
        inputMode: 'numeric',
        pattern: '\\d{5}',
        required: true,
      })}
      {field('address', TEXT.address, { maxLength: 300 })}
      {field('area_hectares', TEXT.area, { inputMode: 'decimal', unit: 'ha' })}
      <div className="row">
        <div>{field('crop', TEXT.crop, { maxLength: 100 })}</div>
        <div>{field('variety', TEXT.variety, { maxLength: 100 })}</div>
      </div>
      <fieldset>
        <legend>{t(TEXT.position)}</legend>
        <div className="row">
          <div>{field('latitude', TEXT.latitude, { inputMode: 'decimal' })}</div>
          <div>{field('longitude', TEXT.longitude, { inputMode: 'decimal' })}</div>
        </div>
        {/* Shown by /position.js where the phone can tell its position; hidden without it. */}
        <div className="actions">
          <button type="button" className="secondary" data-use-position hidden>
            {t(TEXT.myPosition)}
          </button>
        </div>
      </fieldset>
      <FieldLabel id="field-boundary" label={TEXT.boundary} hint={TEXT.boundaryHint} />
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
