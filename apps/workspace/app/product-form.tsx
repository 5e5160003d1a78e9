// The product form, for a new product and for changing one: every field of the contract
// (packages/contracts coop-products), each input with `id="field-<key>"` (the exchange readiness
// links to `/products/:id/edit#field-<key>`), units beside every quantity. Plain HTML, multipart
// for the photos; "add a variant" is a submit that comes back with one more row.
import { Form } from '@remix-run/react';
import { NET_UNITS, NET_UNIT_NAMES } from '@nguongoc/vn-locale';
import type { Choice, ProductDraft } from './products.server';
import { useText } from './text';

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
  category: { vi: 'Mã danh mục', en: 'Category handle' },
  categoryHint: {
    vi: 'Chữ thường không dấu, số, gạch nối, ví dụ "nong-san"',
    en: 'Lower case, digits, hyphens, e.g. "nong-san"',
  },
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
  choices: { households: Choice[]; plantingAreas: Choice[] | undefined };
  error?: string | undefined;
  editing: boolean;
}) {
  const t = useText();
  const f = draft.fields;
  const v = (name: string) => f[name] ?? '';
  const gtinError = error && /gtin/i.test(error) ? error : undefined;
  const rows = Array.from({ length: draft.variantCount }, (_, index) => index);
  return (
    <Form method="post" encType="multipart/form-data" className="product-form">
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="variant_count" value={draft.variantCount} />

      <fieldset>
        <legend>{t(T.names)}</legend>
        <label htmlFor="field-title">{t(T.title)}</label>
        <input id="field-title" name="title" defaultValue={v('title')} required maxLength={200} />
        <label htmlFor="field-title_en">{t(T.titleEn)}</label>
        <input
          id="field-title_en"
          name="title_en"
          lang="en"
          defaultValue={v('title_en')}
          required
          maxLength={200}
        />
        <label htmlFor="field-description">{t(T.description)}</label>
        <textarea
          id="field-description"
          name="description"
          defaultValue={v('description')}
          maxLength={5000}
        />
        <label htmlFor="field-description_en">{t(T.descriptionEn)}</label>
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
        <label htmlFor="field-images">
          {t(T.photos)} <span className="hint">{t(T.photosHint)}</span>
        </label>
        <input
          id="field-images"
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
              {draft.variantCount > 1 ? (
                <h3>
                  {t(T.variant)} {index + 1}
                </h3>
              ) : null}
              <input type="hidden" name={key('id')} value={v(key('id'))} />
              <label htmlFor={id('variant_title')}>
                {t(T.variantTitle)} <span className="hint">{t(T.variantTitleHint)}</span>
              </label>
              <input
                id={id('variant_title')}
                name={key('title')}
                defaultValue={v(key('title'))}
                maxLength={100}
              />
              <label htmlFor={id('sku')}>
                {t(T.sku)} <span className="hint">{t(T.skuHint)}</span>
              </label>
              <input
                id={id('sku')}
                name={key('sku')}
                defaultValue={v(key('sku'))}
                readOnly={existing}
                required={index === 0 && !editing}
                pattern="[A-Za-z0-9._\-]{1,40}"
                autoCapitalize="characters"
              />
              <div className="row">
                <div>
                  <label htmlFor={id('price')}>{t(T.price)}</label>
                  <span className="unit-input">
                    <input
                      id={id('price')}
                      name={key('price')}
                      inputMode="numeric"
                      defaultValue={v(key('price'))}
                      required={index === 0}
                    />
                    <span aria-hidden="true">₫</span>
                  </span>
                </div>
                <div>
                  <label htmlFor={id('stock')}>{t(T.stock)}</label>
                  <span className="unit-input">
                    <input
                      id={id('stock')}
                      name={key('stock')}
                      inputMode="numeric"
                      defaultValue={v(key('stock'))}
                    />
                    <span>{t(T.pieces)}</span>
                  </span>
                </div>
              </div>
              <label htmlFor={id('gtin')}>
                {t(T.gtin)} <span className="hint">{t(T.gtinHint)}</span>
              </label>
              <input
                id={id('gtin')}
                name={key('gtin')}
                inputMode="numeric"
                defaultValue={v(key('gtin'))}
                readOnly={existing}
                aria-invalid={gtinError ? true : undefined}
                aria-describedby={gtinError && index === 0 ? 'gtin-error' : undefined}
              />
              {gtinError && index === 0 ? (
                <p id="gtin-error" className="field-error">
                  {gtinError}
                </p>
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
          <div>
            <label htmlFor="field-net_quantity">{t(T.net)}</label>
            <input
              id="field-net_quantity"
              name="net_quantity"
              inputMode="decimal"
              defaultValue={v('net_quantity')}
              required
            />
          </div>
          <div>
            <label htmlFor="field-net_unit">{t(T.unit)}</label>
            <select id="field-net_unit" name="net_unit" defaultValue={v('net_unit') || 'GRM'}>
              {NET_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(NET_UNIT_NAMES[unit])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor="field-weight">{t(T.weight)}</label>
        <span className="unit-input">
          <input
            id="field-weight"
            name="weight_grams"
            inputMode="numeric"
            defaultValue={v('weight_grams')}
          />
          <span>g</span>
        </span>
        <fieldset id="field-dimensions" className="plain">
          <legend>{t(T.dimensions)}</legend>
          <div className="row three">
            {(['length', 'width', 'height'] as const).map((side) => (
              <div key={side}>
                <label htmlFor={`field-box_${side}`}>{t(T[side])}</label>
                <span className="unit-input">
                  <input
                    id={`field-box_${side}`}
                    name={`box_${side}`}
                    inputMode="decimal"
                    defaultValue={v(`box_${side}`)}
                  />
                  <span>cm</span>
                </span>
              </div>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t(T.ocop)}</legend>
        <label htmlFor="field-ocop">{t(T.stars)}</label>
        <select id="field-ocop" name="ocop_stars" defaultValue={v('ocop_stars')}>
          <option value="">{t(T.noStars)}</option>
          {[3, 4, 5].map((stars) => (
            <option key={stars} value={stars}>
              {'★'.repeat(stars)} ({stars})
            </option>
          ))}
        </select>
        <label htmlFor="field-ocop_decision_number">{t(T.decision)}</label>
        <input
          id="field-ocop_decision_number"
          name="ocop_decision_number"
          defaultValue={v('ocop_decision_number')}
          maxLength={100}
        />
        <label htmlFor="field-ocop_expires_on">{t(T.expires)}</label>
        <input
          id="field-ocop_expires_on"
          name="ocop_expires_on"
          type="date"
          defaultValue={v('ocop_expires_on')}
        />
      </fieldset>

      <fieldset>
        <legend>{t(T.facts)}</legend>
        <label htmlFor="field-brand">{t(T.brand)}</label>
        <input id="field-brand" name="brand" defaultValue={v('brand')} maxLength={200} />
        <label htmlFor="field-shelf_life_days">{t(T.shelfLife)}</label>
        <span className="unit-input">
          <input
            id="field-shelf_life_days"
            name="shelf_life_days"
            inputMode="numeric"
            defaultValue={v('shelf_life_days')}
          />
          <span>{t(T.days)}</span>
        </span>
        <label htmlFor="field-storage">{t(T.storage)}</label>
        <input id="field-storage" name="storage" defaultValue={v('storage')} maxLength={300} />
        <label htmlFor="field-origin">{t(T.origin)}</label>
        <input id="field-origin" name="origin" defaultValue={v('origin')} maxLength={300} />
        <label htmlFor="field-category">
          {t(T.category)} <span className="hint">{t(T.categoryHint)}</span>
        </label>
        <input
          id="field-category"
          name="category_handle"
          defaultValue={v('category_handle')}
          maxLength={100}
        />
      </fieldset>

      <fieldset>
        <legend>{t(T.where)}</legend>
        {choices.plantingAreas ? (
          <>
            <label htmlFor="field-planting_area_id">{t(T.plantingArea)}</label>
            <select
              id="field-planting_area_id"
              name="planting_area_id"
              defaultValue={v('planting_area_id')}
            >
              <option value="">{t(T.none)}</option>
              {withCurrent(choices.plantingAreas, v('planting_area_id')).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <input type="hidden" name="planting_area_id" value={v('planting_area_id')} />
        )}
        <label htmlFor="field-household_id">{t(T.household)}</label>
        <select id="field-household_id" name="household_id" defaultValue={v('household_id')}>
          <option value="">{t(T.none)}</option>
          {withCurrent(choices.households, v('household_id')).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </fieldset>

      <div className="actions">
        <button type="submit" name="intent" value="save">
          {t(T.save)}
        </button>
      </div>
    </Form>
  );
}

/** The choices, with the current value kept even when it is no longer among them. */
function withCurrent(choices: Choice[], current: string): Choice[] {
  return current && !choices.some((choice) => choice.value === current)
    ? [...choices, { value: current, label: current }]
    : choices;
}
