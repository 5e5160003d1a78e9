// A product: its facts, photos, variants with price and stock, and its record in the
// cooperative's ledger; from here, open a lot for it, change it, or see the exchange readiness.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatDay, formatNet, formatVnd, isNetUnit } from '@nguongoc/vn-locale';
import { environment } from '../env.server';
import { formChoices, ocopOf, readProductOr404 } from '../products.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.product.title ?? 'Sản phẩm / Product'} — NguonGoc` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const product = await readProductOr404(request, account, params.id!);
  const saved = new URL(request.url).searchParams.get('saved');
  // Names, not IDs, for the household and the planting area it names.
  const { households, plantingAreas, categories } = await formChoices(request, account);
  const label = (choices: { value: string; label: string }[] | undefined, id: string | null) =>
    id ? (choices?.find((choice) => choice.value === id)?.label ?? id) : null;
  return {
    product,
    ocop: ocopOf(product) ?? null,
    saved,
    household: label(households, product.household_id),
    plantingArea: label(plantingAreas, product.planting_area_id),
    category: product.category
      ? (categories?.find((category) => category.value === product.category!.handle)?.name ?? {
          vi: product.category.name,
          en: product.category.name,
        })
      : null,
    // The shop shows only published products (the storefront's /products/:handle).
    shopUrl:
      product.status === 'published'
        ? `${environment().STOREFRONT_URL}/products/${encodeURIComponent(product.handle)}`
        : null,
  };
}

export default function ProductPage() {
  const { product, ocop, saved, household, plantingArea, category, shopUrl } =
    useLoaderData<typeof loader>();
  const t = useText();
  const language = useLanguage();
  const record = product.trace_record;
  const fact = (label: { vi: string; en: string }, value: string | null | undefined) =>
    value ? (
      <>
        <dt>{t(label)}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <>
      {saved ? (
        <p className="notice" role="status">
          {saved === 'created'
            ? t({
                vi: 'Đã thêm sản phẩm và ghi vào sổ truy xuất.',
                en: 'The product was added and recorded in the trace ledger.',
              })
            : t({ vi: 'Đã lưu thay đổi.', en: 'The changes were saved.' })}
        </p>
      ) : null}
      <p>
        <Link to="/products">← {t({ vi: 'Sản phẩm', en: 'Products' })}</Link>
      </p>
      <h1>{language === 'en' && product.title_en ? product.title_en : product.title}</h1>
      <div className="actions">
        <Link className="button" to={`/lots/new?product=${encodeURIComponent(product.id)}`}>
          {t({ vi: 'Mở lô hàng', en: 'Open a lot' })}
        </Link>
        <Link className="button secondary" to={`/products/${product.id}/edit`}>
          {t({ vi: 'Sửa', en: 'Edit' })}
        </Link>
        <Link className="button secondary" to="/listings">
          {t({ vi: 'Sẵn sàng lên sàn TMĐT', en: 'Exchange readiness' })}
        </Link>
        {shopUrl ? (
          <a className="button secondary shop-link" href={shopUrl}>
            {t({ vi: 'Xem trong cửa hàng', en: 'See it in the shop' })}
          </a>
        ) : null}
      </div>
      {shopUrl ? null : (
        <p className="muted">
          {t({
            vi: 'Sản phẩm chưa được đăng bán nên chưa có trong cửa hàng.',
            en: 'The product is not published, so it is not in the shop yet.',
          })}
        </p>
      )}
      {product.images.length ? (
        <ul className="photos">
          {product.images.map((image) => (
            <li key={image.id}>
              <img className="photo" src={image.url} alt={product.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t({ vi: 'Chưa có ảnh.', en: 'No photos yet.' })}</p>
      )}
      {ocop?.status === 'expiring' ? (
        <p className="warning">
          {t({
            vi: `Chứng nhận OCOP hết hạn ngày ${formatDay(ocop.expiresOn)}: hãy gia hạn`,
            en: `The OCOP rating expires on ${formatDay(ocop.expiresOn)}: renew it`,
          })}
        </p>
      ) : null}
      {ocop?.status === 'expired' ? (
        <p className="warning">
          {t({
            vi: `Chứng nhận OCOP đã hết hạn ngày ${formatDay(ocop.expiresOn)}: không hiển thị sao`,
            en: `The OCOP rating expired on ${formatDay(ocop.expiresOn)}: no stars shown`,
          })}
        </p>
      ) : null}
      <h2>{t({ vi: 'Thông tin', en: 'Facts' })}</h2>
      <dl className="facts card">
        {fact({ vi: 'Tên tiếng Việt', en: 'Name in Vietnamese' }, product.title)}
        {fact({ vi: 'Tên tiếng Anh', en: 'Name in English' }, product.title_en)}
        {fact(
          { vi: 'Mô tả', en: 'Description' },
          language === 'en' ? (product.description_en ?? product.description) : product.description,
        )}
        {fact(
          { vi: 'Định lượng', en: 'Net content' },
          product.net_quantity !== null && isNetUnit(product.net_unit)
            ? formatNet(product.net_quantity, product.net_unit, language)
            : null,
        )}
        {fact(
          { vi: 'OCOP', en: 'OCOP' },
          ocop && ocop.status !== 'expired'
            ? `${'★'.repeat(ocop.stars)} (${ocop.decisionNumber}, ${t({ vi: 'đến', en: 'until' })} ${formatDay(ocop.expiresOn)})`
            : null,
        )}
        {fact({ vi: 'Thương hiệu', en: 'Brand' }, product.brand)}
        {fact(
          { vi: 'Hạn sử dụng', en: 'Shelf life' },
          product.shelf_life_days
            ? `${product.shelf_life_days} ${t({ vi: 'ngày', en: 'days' })}`
            : null,
        )}
        {fact({ vi: 'Bảo quản', en: 'Storage' }, product.storage)}
        {fact({ vi: 'Xuất xứ', en: 'Origin' }, product.origin)}
        {fact({ vi: 'Danh mục', en: 'Category' }, category && t(category))}
        {fact(
          { vi: 'Khối lượng cả bao bì', en: 'Packed weight' },
          product.weight_grams ? `${product.weight_grams} g` : null,
        )}
        {fact(
          { vi: 'Kích thước thùng', en: 'Box size' },
          product.box_cm
            ? `${product.box_cm.length} × ${product.box_cm.width} × ${product.box_cm.height} cm`
            : null,
        )}
        {fact({ vi: 'Vùng trồng', en: 'Planting area' }, plantingArea)}
        {fact({ vi: 'Hộ sản xuất', en: 'Household' }, household)}
      </dl>
      <h2>{t({ vi: 'Phân loại, giá và tồn kho', en: 'Variants, price and stock' })}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t({ vi: 'Phân loại', en: 'Variant' })}</th>
              <th>SKU</th>
              <th>{t({ vi: 'Giá', en: 'Price' })}</th>
              <th>{t({ vi: 'Tồn kho', en: 'Stock' })}</th>
              <th>GTIN</th>
            </tr>
          </thead>
          <tbody>
            {product.variants.map((variant) => (
              <tr key={variant.id}>
                <td>{variant.title}</td>
                <td>{variant.sku}</td>
                <td className="price">
                  {variant.price_vnd === null ? '—' : formatVnd(variant.price_vnd)}
                </td>
                <td>{variant.stock}</td>
                <td>{variant.gtin ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t({ vi: 'Hồ sơ trong sổ truy xuất', en: 'Its record in the trace ledger' })}</h2>
      {record ? (
        <dl className="facts card ledger">
          <dt>{t({ vi: 'Mã trong sổ', en: 'Ledger ID' })}</dt>
          <dd>{record.id}</dd>
          <dt>{t({ vi: 'Tổ chức', en: 'Organisation' })}</dt>
          <dd>{record.organisationId}</dd>
          <dt>{t({ vi: 'Tên', en: 'Name' })}</dt>
          <dd>
            {record.name}
            {record.nameEn ? ` / ${record.nameEn}` : ''}
          </dd>
          <dt>SKU</dt>
          <dd>{record.sku}</dd>
          {record.gtin ? (
            <>
              <dt>GTIN</dt>
              <dd>{record.gtin}</dd>
            </>
          ) : null}
          <dt>{t({ vi: 'Đơn vị', en: 'Unit' })}</dt>
          <dd>{record.unit}</dd>
          {record.ocop ? (
            <>
              <dt>OCOP</dt>
              <dd>
                {record.ocop.stars} ★ · {record.ocop.decisionNumber} ·{' '}
                {formatDay(record.ocop.expiresOn)}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="warning">
          {t({
            vi: 'Sản phẩm này chưa có trong sổ truy xuất: chưa mở lô được.',
            en: 'This product is not in the trace ledger: no lot can be opened for it yet.',
          })}
        </p>
      )}
    </>
  );
}
