// The product form, for a new product and for changing one: every field of the contract
// (packages/contracts coop-products), each input with `id="field-<key>"` (the exchange readiness
// links to `/products/:id/edit#field-<key>`), units beside every quantity. Plain HTML, multipart
// for the photos; "add a variant" is a submit that comes back with one more row. On the edit page
// a blank row adds one variant per save (the page after it shows a new blank row) and each stored
// variant has a box that removes it; their SKU and GTIN stay read-only.
import { Form } from '@remix-run/react';
import { type Message, NET_UNITS, NET_UNIT_NAMES } from '@nguongoc/vn-locale';
import type { CategoryChoice, Choice, ProductDraft } from '../products.server';
import { useText } from '../text';
import { ErrorAlert } from './error-alert';
import { Field, FieldLabel, type FieldProps } from './field';

const T = {
  names: { vi: 'Tên sản phẩm', en: 'Product name' },
  title: { vi: 'Tên tiếng Việt', en: 'Name in Vietnamese' },
  titleEn: { vi: 'Tên tiếng Anh', en: 'Name in English' },
  description: { vi: 'Mô tả (tiếng Việt)', en: 'Description (Vietnamese)' },
  descriptionEn: { vi: 'Mô tả (tiếng Anh)', en: 'Description (English)' },
  photos: { vi: 'Ảnh sản phẩm', en: 'Photos' },
  photosHint: {
    vi: 'JPEG, PNG hoặc WebP, tối đa 8 ảnh, mỗi ảnh 5 MiB. Có thể chụp bằng điện thoại.',
    en: 'JPEG, PNG or WebP, at most 8 photos of 5 MiB each. You can take them with the phone.',
  },
  keep: { vi: 'Giữ ảnh này', en: 'Keep this photo' },
  variants: { vi: 'Phân loại, giá và tồn kho', en: 'Variants, price and stock' },
  variant: { vi: 'Phân loại', en: 'Variant' },
  variantTitle: { vi: 'Tên phân loại', en: 'Variant name' },
  variantTitleHint: {
    vi: 'Ví dụ "Hộp 500 g"; để trống thì dùng tên sản phẩm',
    en: 'E.g. "500 g box"; left empty, the product name',
  },
  sku: { vi: 'Mã SKU', en: 'SKU' },
  skuHint: {
    vi: 'Chữ không dấu, số, . _ - ; không đổi được sau khi tạo',
    en: 'Letters without diacritics, digits, . _ - ; cannot change once created',
  },
  price: { vi: 'Giá bán', en: 'Price' },
  stock: { vi: 'Tồn kho', en: 'Stock' },
  pieces: { vi: 'sản phẩm', en: 'items' },
  gtin: { vi: 'Mã vạch GTIN (không bắt buộc)', en: 'GTIN barcode (optional)' },
  gtinHint: {
    vi: '8, 12, 13 hoặc 14 chữ số; số cuối được kiểm tra',
    en: '8, 12, 13 or 14 digits; the check digit is checked',
  },
  addVariant: { vi: 'Thêm phân loại', en: 'Add a variant' },
  newVariant: {
    vi: 'Thêm phân loại (để trống nếu không thêm)',
    en: 'Add a variant (leave empty to add none)',
  },
  removeVariant: { vi: 'Xoá phân loại', en: 'Remove variant' },
  content: { vi: 'Định lượng và đóng gói', en: 'Net content and packing' },
  net: { vi: 'Khối lượng / thể tích tịnh', en: 'Net content' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  weight: { vi: 'Khối lượng cả bao bì', en: 'Packed weight' },
  dimensions: {
    vi: 'Kích thước thùng (dài × rộng × cao)',
    en: 'Box size (length × width × height)',
  },
  length: { vi: 'Dài', en: 'Length' },
  width: { vi: 'Rộng', en: 'Width' },
  height: { vi: 'Cao', en: 'Height' },
  ocop: { vi: 'Chứng nhận OCOP', en: 'OCOP rating' },
  stars: { vi: 'Số sao', en: 'Stars' },
  noStars: { vi: 'Chưa có', en: 'None' },
  decision: { vi: 'Số quyết định', en: 'Decision number' },
  expires: { vi: 'Ngày hết hạn', en: 'Expiry date' },
  facts: { vi: 'Thông tin cho sàn TMĐT', en: 'Facts for the exchanges' },
  brand: { vi: 'Thương hiệu', en: 'Brand' },
  shelfLife: { vi: 'Hạn sử dụng', en: 'Shelf life' },
  days: { vi: 'ngày', en: 'days' },
  storage: { vi: 'Cách bảo quản', en: 'Storage' },
  origin: { vi: 'Xuất xứ', en: 'Origin' },
  category: { vi: 'Danh mục trong cửa hàng', en: 'Category in the shop' },
  where: { vi: 'Nơi sản xuất', en: 'Where it is grown' },
  plantingArea: { vi: 'Vùng trồng', en: 'Planting area' },
  household: { vi: 'Hộ sản xuất', en: 'Producing household' },
  none: { vi: '— Không chọn —', en: '— None —' },
  save: { vi: 'Lưu sản phẩm', en: 'Save the product' },
} as const;

export function ProductForm({
  draft,
  choices,
  error,
  editing,
}: {
  draft: ProductDraft;
  choices: {
    households: Choice[];
    plantingAreas: Choice[] | undefined;
    categories: CategoryChoice[] | undefined;
  };
  error?: string | undefined;
  editing: boolean;
}) {
  const t = useText();
  const f = draft.fields;
  const v = (name: string) => f[name] ?? '';
  const gtinError = error && /gtin/i.test(error) ? error : undefined;
  const rows = Array.from({ length: draft.variantCount }, (_, index) => index);
  /** A product field whose input is `field-<name>` and whose form value is `name`. */
  const text = (name: string, label: Message, input: Omit<FieldProps, 'id' | 'label'> = {}) => (
    <Field id={`field-${name}`} label={label} name={name} defaultValue={v(name)} {...input} />
  );
  return (
    <Form method="post" encType="multipart/form-data" className="product-form">
      <ErrorAlert error={error} />
      <input type="hidden" name="variant_count" value={draft.variantCount} />

      <fieldset>
        <legend>{t(T.names)}</legend>
        {text('title', T.title, { required: true, maxLength: 200 })}
        {text('title_en', T.titleEn, { lang: 'en', required: true, maxLength: 200 })}
        <FieldLabel id="field-description" label={T.description} />
        <textarea
          id="field-description"
          name="description"
          defaultValue={v('description')}
          maxLength={5000}
        />
        <FieldLabel id="field-description_en" label={T.descriptionEn} />
        <textarea
          id="field-description_en"
          name="description_en"
          lang="en"
          defaultValue={v('description_en')}
          maxLength={5000}
        />
      </fieldset>

      <fieldset>
        <legend>{t(T.photos)}</legend>
        {draft.images.length ? (
          <ul className="photos">
            {draft.images.map((url) => (
              <li key={url}>
                <img src={url} alt="" className="thumb" />
                <label className="choice">
                  <input type="checkbox" name="images" value={url} defaultChecked />
                  {t(T.keep)}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <Field
          id="field-images"
          label={T.photos}
          hint={T.photosHint}
          name="files"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          capture="environment"
        />
      </fieldset>

      <fieldset>
        <legend>{t(T.variants)}</legend>
        {rows.map((index) => {
          const key = (name: string) => `variant_${index}_${name}`;
          const id = (name: string) =>
            index === 0 ? `field-${name}` : `field-${name}-${index + 1}`;
          const existing = editing && v(key('id')) !== '';
          return (
            <div className="variant" key={index}>
              {editing && !existing ? (
                <h3>{t(T.newVariant)}</h3>
              ) : draft.variantCount > 1 ? (
                <h3>
                  {t(T.variant)} {index + 1}
                </h3>
              ) : null}
              <input type="hidden" name={key('id')} value={v(key('id'))} />
              <Field
                id={id('variant_title')}
                label={T.variantTitle}
                hint={T.variantTitleHint}
                name={key('title')}
                defaultValue={v(key('title'))}
                maxLength={100}
              />
              <Field
                id={id('sku')}
                label={T.sku}
                hint={T.skuHint}
                name={key('sku')}
                defaultValue={v(key('sku'))}
                readOnly={existing}
                required={index === 0 && !editing}
                pattern="[A-Za-z0-9._\-]{1,40}"
                autoCapitalize="characters"
              />
              <div className="row">
                <div>
                  <Field
                    id={id('price')}
                    label={T.price}
                    unit="₫"
                    name={key('price')}
                    inputMode="numeric"
                    defaultValue={v(key('price'))}
                    required={index === 0}
                  />
                </div>
                <div>
                  <Field
                    id={id('stock')}
                    label={T.stock}
                    unit={t(T.pieces)}
                    name={key('stock')}
                    inputMode="numeric"
                    defaultValue={v(key('stock'))}
                  />
                </div>
              </div>
              <Field
                id={id('gtin')}
                label={T.gtin}
                hint={T.gtinHint}
                name={key('gtin')}
                inputMode="numeric"
                defaultValue={v(key('gtin'))}
                readOnly={existing}
                // Only a new variant's GTIN is refused: row 1's, or the edit page's blank row's.
                error={(editing ? !existing : index === 0) ? gtinError : undefined}
              />
              {existing ? (
                <label className="choice">
                  <input
                    type="checkbox"
                    id={id('remove')}
                    name={key('remove')}
                    value="1"
                    defaultChecked={v(key('remove')) !== ''}
                  />
                  {t(T.removeVariant)}
                </label>
              ) : null}
            </div>
          );
        })}
        {!editing && draft.variantCount < 20 ? (
          <button
            type="submit"
            name="intent"
            value="add-variant"
            className="secondary"
            formNoValidate
          >
            {t(T.addVariant)}
          </button>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t(T.content)}</legend>
        <div className="row">
          <div>{text('net_quantity', T.net, { inputMode: 'decimal', required: true })}</div>
          <div>
            <FieldLabel id="field-net_unit" label={T.unit} />
            <select id="field-net_unit" name="net_unit" defaultValue={v('net_unit') || 'GRM'}>
              {NET_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(NET_UNIT_NAMES[unit])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Field
          id="field-weight"
          label={T.weight}
          unit="g"
          name="weight_grams"
          inputMode="numeric"
          defaultValue={v('weight_grams')}
        />
        <fieldset id="field-dimensions" className="plain">
          <legend>{t(T.dimensions)}</legend>
          <div className="row">
            {(['length', 'width', 'height'] as const).map((side) => (
              <div key={side}>
                {text(`box_${side}`, T[side], { inputMode: 'decimal', unit: 'cm' })}
              </div>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t(T.ocop)}</legend>
        <FieldLabel id="field-ocop" label={T.stars} />
        <select id="field-ocop" name="ocop_stars" defaultValue={v('ocop_stars')}>
          <option value="">{t(T.noStars)}</option>
          {[3, 4, 5].map((stars) => (
            <option key={stars} value={stars}>
              {'★'.repeat(stars)} ({stars})
            </option>
          ))}
        </select>
        {text('ocop_decision_number', T.decision, { maxLength: 100 })}
        {text('ocop_expires_on', T.expires, { type: 'date' })}
      </fieldset>

      <fieldset>
        <legend>{t(T.facts)}</legend>
        {text('brand', T.brand, { maxLength: 200 })}
        {text('shelf_life_days', T.shelfLife, { inputMode: 'numeric', unit: t(T.days) })}
        {text('storage', T.storage, { maxLength: 300 })}
        {text('origin', T.origin, { maxLength: 300 })}
        {choices.categories ? (
          <>
            <FieldLabel id="field-category" label={T.category} />
            <select id="field-category" name="category_handle" defaultValue={v('category_handle')}>
              <option value="">{t(T.none)}</option>
              {withCurrent(
                choices.categories.map((category) => ({
                  value: category.value,
                  label: t(category.name),
                })),
                v('category_handle'),
              ).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <input type="hidden" name="category_handle" value={v('category_handle')} />
        )}
      </fieldset>

      <fieldset>
        <legend>{t(T.where)}</legend>
        {choices.plantingAreas ? (
          <Select
            name="planting_area_id"
            label={T.plantingArea}
            choices={withCurrent(choices.plantingAreas, v('planting_area_id'))}
            value={v('planting_area_id')}
          />
        ) : (
          <input type="hidden" name="planting_area_id" value={v('planting_area_id')} />
        )}
        <Select
          name="household_id"
          label={T.household}
          choices={withCurrent(choices.households, v('household_id'))}
          value={v('household_id')}
        />
      </fieldset>

      <div className="actions">
        <button type="submit" name="intent" value="save">
          {t(T.save)}
        </button>
      </div>
    </Form>
  );
}

/** A select of `choices` with "none" first, its id `field-<name>`. */
function Select({
  name,
  label,
  choices,
  value,
}: {
  name: string;
  label: Message;
  choices: Choice[];
  value: string;
}) {
  const t = useText();
  return (
    <>
      <FieldLabel id={`field-${name}`} label={label} />
      <select id={`field-${name}`} name={name} defaultValue={value}>
        <option value="">{t(T.none)}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The choices, with the current value kept even when it is no longer among them. */
function withCurrent(choices: Choice[], current: string): Choice[] {
  return current && !choices.some((choice) => choice.value === current)
    ? [...choices, { value: current, label: current }]
    : choices;
}
