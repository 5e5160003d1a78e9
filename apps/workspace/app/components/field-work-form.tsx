// The field-work form of one kind of work: when, where (the cooperative's planting areas first),
// how much (in the product's unit), the kind's own fields, each quantity with its unit beside it,
// and a note; processing names the lots it used (the cooperative's other lots, each ticked with
// its quantity beside it). Plain HTML: it posts, and the page redirects back to the lot (so a
// second tap cannot record twice).
import { Form } from '@remix-run/react';
import type { CoopPlace } from '@nguongoc/contracts';
import type { Message } from '@nguongoc/vn-locale';
import type { ReactNode } from 'react';
import type { InputLotOption, WorkValues } from '../lots.server';
import { KIND_NAMES } from '../place-kinds';
import type { WorkKind } from '../work-kinds';
import { useText } from '../text';
import { ErrorAlert } from './error-alert';
import { Field, FieldLabel } from './field';

const CERTIFICATE_SCHEMES: { value: string; label: Message }[] = [
  { value: 'VietGAP', label: { vi: 'VietGAP', en: 'VietGAP' } },
  { value: 'GlobalGAP', label: { vi: 'GlobalG.A.P.', en: 'GlobalG.A.P.' } },
  {
    value: 'Hữu cơ TCVN 11041',
    label: { vi: 'Hữu cơ (TCVN 11041)', en: 'Organic (TCVN 11041)' },
  },
  { value: 'USDA Organic', label: { vi: 'Hữu cơ USDA', en: 'USDA Organic' } },
  { value: 'EU Organic', label: { vi: 'Hữu cơ EU', en: 'EU Organic' } },
  { value: 'other', label: { vi: 'Khác (ghi rõ)', en: 'Other (name it)' } },
];

/** The form's field names of an input lot: its checkbox, and the quantity beside it. */
export const inputLotField = (lotId: string) => `input_${lotId}`;
export const inputQuantityField = (lotId: string) => `input_${lotId}_quantity`;

const FERTILISER_UNITS = ['kg', 'g', 'kg/gốc', 'g/gốc', 'kg/ha', 'lít', 'lít/ha'];
const DOSE_UNITS = ['ml/bình 16 lít', 'g/bình 16 lít', 'ml/lít', 'lít/ha', '%'];
const PACKAGE_UNITS = ['kg', 'g', 'lít', 'ml'];

export function WorkForm({
  kind,
  values,
  places,
  unit,
  inputLots = [],
  error,
}: {
  kind: WorkKind;
  values: WorkValues;
  places: CoopPlace[];
  /** The product's unit, written in the page's language (kg, lít, cái…). */
  unit: string;
  /** Processing: the cooperative's other lots, which it may name as its inputs. */
  inputLots?: InputLotOption[];
  error?: string | undefined;
}) {
  const t = useText();
  const value = (name: string) => values[name] ?? '';
  /** "(required)" after the label of a field the kind needs. */
  const required = (label: Message): Message => ({
    vi: `${label.vi} (bắt buộc)`,
    en: `${label.en} (required)`,
  });
  const text = (
    name: string,
    label: Message,
    options: { required?: boolean; hint?: Message } = {},
  ) => (
    <Field
      id={`work-${name}`}
      label={options.required ? required(label) : label}
      hint={options.hint}
      name={name}
      maxLength={500}
      required={options.required}
      defaultValue={value(name)}
    />
  );
  /** A number with its unit beside it: a fixed unit, or a choice of units (`<name>_unit`). */
  const amount = (
    name: string,
    label: Message,
    unitOf: string | string[],
    options: { required?: boolean; whole?: boolean } = {},
  ): ReactNode => (
    <Field
      id={`work-${name}`}
      label={options.required ? required(label) : label}
      name={name}
      inputMode={options.whole ? 'numeric' : 'decimal'}
      required={options.required}
      defaultValue={value(name)}
      unit={
        typeof unitOf === 'string' ? (
          unitOf
        ) : (
          <select
            name={`${name}_unit`}
            aria-label={`${t(label)}: ${t({ vi: 'đơn vị', en: 'unit' })}`}
            defaultValue={value(`${name}_unit`) || unitOf[0]}
          >
            {unitOf.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        )
      }
    />
  );
  const certificateFields = (required: boolean) => (
    <fieldset>
      <legend>
        {required
          ? t({ vi: 'Giấy chứng nhận', en: 'Certificate' })
          : t({ vi: 'Giấy chứng nhận (nếu có)', en: 'Certificate (if any)' })}
      </legend>
      <FieldLabel
        id="work-certificate_scheme"
        label={{ vi: 'Loại chứng nhận', en: 'Certification' }}
      />
      <select
        id="work-certificate_scheme"
        name="certificate_scheme"
        defaultValue={value('certificate_scheme') || 'VietGAP'}
      >
        {CERTIFICATE_SCHEMES.map((scheme) => (
          <option key={scheme.value} value={scheme.value}>
            {t(scheme.label)}
          </option>
        ))}
      </select>
      {text('certificate_other', {
        vi: 'Loại khác (nếu chọn "Khác")',
        en: 'Other kind (if "Other")',
      })}
      {text(
        'certificate_number',
        { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
        { required },
      )}
      {text('certificate_issuer', { vi: 'Nơi cấp', en: 'Issued by' })}
      <Field
        id="work-certificate_valid_until"
        label={{ vi: 'Hiệu lực đến', en: 'Valid until' }}
        name="certificate_valid_until"
        type="date"
        defaultValue={value('certificate_valid_until')}
      />
    </fieldset>
  );

  const own: Record<WorkKind, ReactNode> = {
    sowing: (
      <>
        {text('variety', { vi: 'Giống', en: 'Variety' })}
        {text('seedSource', { vi: 'Nguồn giống', en: 'Seed source' })}
      </>
    ),
    fertilising: (
      <>
        {text('fertiliser', { vi: 'Tên phân bón', en: 'Fertiliser' }, { required: true })}
        {amount('amount', { vi: 'Lượng bón', en: 'Amount' }, FERTILISER_UNITS)}
      </>
    ),
    spraying: (
      <>
        {text('pesticide', { vi: 'Tên thuốc', en: 'Product sprayed' }, { required: true })}
        {text('activeIngredient', { vi: 'Hoạt chất', en: 'Active ingredient' })}
        {amount('dose', { vi: 'Liều lượng', en: 'Dose' }, DOSE_UNITS)}
        {amount(
          'preHarvestIntervalDays',
          { vi: 'Thời gian cách ly', en: 'Pre-harvest interval' },
          t({ vi: 'ngày', en: 'days' }),
          { required: true, whole: true },
        )}
      </>
    ),
    harvest: (
      <>
        <Field
          id="work-expiresOn"
          label={{ vi: 'Hạn sử dụng', en: 'Expiry date' }}
          name="expiresOn"
          type="date"
          defaultValue={value('expiresOn')}
        />
        {certificateFields(false)}
      </>
    ),
    processing: (
      <>
        {text('method', { vi: 'Cách chế biến', en: 'Method' }, { required: true })}
        <fieldset>
          <legend>{t({ vi: 'Lô nguyên liệu (nếu có)', en: 'Input lots (if any)' })}</legend>
          {inputLots.length === 0 ? (
            <p className="muted">
              {t({
                vi: 'Hợp tác xã chưa có lô nào khác.',
                en: 'The cooperative has no other lots yet.',
              })}
            </p>
          ) : (
            inputLots.map((lot) => (
              <div key={lot.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    name={inputLotField(lot.id)}
                    defaultChecked={Boolean(values[inputLotField(lot.id)])}
                  />
                  {lot.productTitle} · {t({ vi: 'lô', en: 'lot' })} {lot.code}
                </label>
                {amount(
                  inputQuantityField(lot.id),
                  {
                    vi: `Số lượng dùng của lô ${lot.code}`,
                    en: `Quantity used of lot ${lot.code}`,
                  },
                  lot.unit,
                )}
              </div>
            ))
          )}
        </fieldset>
      </>
    ),
    packing: (
      <>
        {amount(
          'packageCount',
          { vi: 'Số gói', en: 'Packages' },
          t({ vi: 'gói', en: 'packages' }),
          {
            whole: true,
          },
        )}
        {amount('packageSize', { vi: 'Cỡ gói', en: 'Package size' }, PACKAGE_UNITS)}
      </>
    ),
    certification: certificateFields(true),
    shipping: (
      <>
        {text('destination', { vi: 'Nơi đến', en: 'Destination' })}
        {text('carrier', { vi: 'Đơn vị vận chuyển', en: 'Carrier' })}
        {text('orderId', { vi: 'Mã đơn hàng', en: 'Order number' })}
      </>
    ),
  };

  return (
    <Form method="post" className="card">
      <ErrorAlert error={error} />
      <input type="hidden" name="kind" value={kind} />
      <Field
        id="work-time"
        label={{ vi: 'Thời gian', en: 'When' }}
        name="time"
        type="datetime-local"
        required
        defaultValue={value('time')}
      />
      <FieldLabel id="work-location_id" label={{ vi: 'Tại', en: 'Where' }} />
      <select id="work-location_id" name="location_id" required defaultValue={value('location_id')}>
        {places.map((place) => (
          <option key={place.id} value={place.id}>
            {t(KIND_NAMES[place.kind])}: {place.name}
            {place.planting_area_code ? ` (${place.planting_area_code})` : ''}
          </option>
        ))}
      </select>
      {amount('quantity', { vi: 'Số lượng', en: 'Quantity' }, unit)}
      {own[kind]}
      <FieldLabel id="work-note" label={{ vi: 'Ghi chú', en: 'Note' }} />
      <textarea id="work-note" name="note" maxLength={500} defaultValue={value('note')} />
      <div className="actions">
        <button type="submit">{t({ vi: 'Ghi lại', en: 'Record' })}</button>
      </div>
    </Form>
  );
}
