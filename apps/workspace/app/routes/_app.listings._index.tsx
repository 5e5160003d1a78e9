// Exchange listings: for each product, whether it is ready for PostMart, VoSo and 37nghean, and
// every failing rule in plain words with a link to the field that fixes it; per exchange the
// cooperative's shop there and an export of the ready products (the exchange's bulk-upload
// workbook and images archive, downloaded through this server); a live listing's address.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { formatDateTime } from '@nguongoc/vn-locale';
import { refusal } from '../backend.server';
import { FindingList } from '../components/finding-list';
import { fixLink } from '../fix-link';
import {
  channels,
  exportListings,
  isExchange,
  saveAccount,
  saveListingUrl,
} from '../listings.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';
import { ErrorAlert } from '../components/error-alert';

export const meta: MetaFunction = () => [{ title: 'Sàn TMĐT / Exchanges — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const answer = await channels(request, account);
  const saved = new URL(request.url).searchParams.get('saved');
  const products = new Map<string, { id: string; title: string; sku: string }>();
  for (const listing of answer.listings) {
    products.set(listing.product_id, {
      id: listing.product_id,
      title: listing.title,
      sku: listing.sku,
    });
  }
  return {
    exchanges: answer.exchanges.map(({ id, name }) => ({
      id,
      name,
      account: answer.accounts.find((each) => each.exchange === id) ?? null,
    })),
    products: [...products.values()].map((product) => ({
      ...product,
      listings: answer.listings
        .filter((listing) => listing.product_id === product.id)
        .map((listing) => ({
          ...listing,
          findings: listing.findings.map((finding) => ({
            ...finding,
            href: fixLink(product.id, finding.field),
          })),
        })),
    })),
    saved,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const exchange = form.get('exchange');
  try {
    if (intent === 'export' && isExchange(exchange)) {
      const result = await exportListings(
        request,
        account,
        exchange,
        form.get('changed_only') === 'on',
      );
      // The refused products' fixes are linked on the page, which knows their IDs by SKU.
      return data({ error: null, exported: result });
    }
    if (intent === 'account' && isExchange(exchange)) {
      const url = String(form.get('shop_url') ?? '').trim();
      await saveAccount(request, account, exchange, {
        shop_name: String(form.get('shop_name') ?? ''),
        shop_url: url || null,
      });
      return redirect(`/listings?saved=${exchange}`);
    }
    if (intent === 'listing') {
      const url = String(form.get('external_url') ?? '').trim();
      await saveListingUrl(request, account, String(form.get('listing') ?? ''), url || null);
      return redirect('/listings?saved=listing');
    }
  } catch (error) {
    return data({ error: refusal(error).error, exported: null }, { status: 400 });
  }
  return data({ error: 'Yêu cầu không hợp lệ / invalid request', exported: null }, { status: 400 });
}

export default function Listings() {
  const { exchanges, products, saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useText();
  const language = useLanguage();
  const exchangeName = (id: string) => exchanges.find((each) => each.id === id)?.name ?? id;
  const productOfSku = (sku: string) => products.find((product) => product.sku === sku);
  const result = answer?.exported;
  return (
    <>
      <h1>{t({ vi: 'Sàn thương mại điện tử', en: 'E-commerce exchanges' })}</h1>
      <ErrorAlert error={answer?.error} />
      {saved ? (
        <p className="notice" role="status">
          {t({ vi: 'Đã lưu.', en: 'Saved.' })}
        </p>
      ) : null}
      {result ? (
        <section className="card" aria-label={t({ vi: 'Kết quả xuất', en: 'Export result' })}>
          <p className="notice" role="status">
            {t({
              vi: `Đã xuất ${result.exported.length} sản phẩm cho ${exchangeName(result.exchange)}. Tải hai tệp dưới đây rồi tải lên trang người bán của sàn.`,
              en: `Exported ${result.exported.length} products for ${exchangeName(result.exchange)}. Download the two files below and upload them on the exchange's seller page.`,
            })}
          </p>
          <div className="actions">
            <a className="button" href={result.workbook.href} download={result.workbook.name}>
              {t({ vi: 'Tải bảng tính', en: 'Download the workbook' })} ({result.workbook.name})
            </a>
            <a
              className="button secondary"
              href={result.archive.href}
              download={result.archive.name}
            >
              {t({ vi: 'Tải ảnh (ZIP)', en: 'Download the images (ZIP)' })}
            </a>
          </div>
          {result.refused.length > 0 ? (
            <>
              <h2>{t({ vi: 'Không xuất được', en: 'Not exported' })}</h2>
              <ul className="list">
                {result.refused.map((refused) => {
                  const product = productOfSku(refused.sku);
                  return (
                    <li key={refused.sku}>
                      <strong>{product?.title ?? refused.sku}</strong> ({refused.sku})
                      <FindingList
                        findings={refused.findings.map((finding) => ({
                          ...finding,
                          href: product ? fixLink(product.id, finding.field) : undefined,
                        }))}
                      />
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <h2>{t({ vi: 'Gian hàng và xuất sản phẩm', en: 'Shops and exports' })}</h2>
      {exchanges.map((exchange) => (
        <section key={exchange.id} className="card" aria-labelledby={`exchange-${exchange.id}`}>
          <h3 id={`exchange-${exchange.id}`}>{exchange.name}</h3>
          {exchange.account?.shop_url ? (
            <p>
              <a href={exchange.account.shop_url} rel="noopener">
                {t({ vi: 'Gian hàng trên sàn', en: 'The shop on the exchange' })}:{' '}
                {exchange.account.shop_name}
              </a>
            </p>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="export" />
            <input type="hidden" name="exchange" value={exchange.id} />
            <label className="choice">
              <input type="checkbox" name="changed_only" />
              {t({ vi: 'Chỉ sản phẩm đã thay đổi', en: 'Only products that changed' })}
            </label>
            <div className="actions">
              <button type="submit">
                {t({ vi: `Xuất cho ${exchange.name}`, en: `Export for ${exchange.name}` })}
              </button>
            </div>
          </Form>
          <details>
            <summary>
              {t({ vi: 'Tài khoản người bán trên sàn', en: 'Seller account on the exchange' })}
            </summary>
            <Form method="post">
              <input type="hidden" name="intent" value="account" />
              <input type="hidden" name="exchange" value={exchange.id} />
              <label htmlFor={`shop-name-${exchange.id}`}>
                {t({ vi: 'Tên gian hàng', en: 'Shop name' })}
              </label>
              <input
                id={`shop-name-${exchange.id}`}
                name="shop_name"
                required
                maxLength={200}
                defaultValue={exchange.account?.shop_name ?? ''}
              />
              <label htmlFor={`shop-url-${exchange.id}`}>
                {t({ vi: 'Địa chỉ gian hàng (https://)', en: 'Shop address (https://)' })}
              </label>
              <input
                id={`shop-url-${exchange.id}`}
                name="shop_url"
                type="url"
                placeholder="https://"
                defaultValue={exchange.account?.shop_url ?? ''}
              />
              <div className="actions">
                <button type="submit" className="secondary">
                  {t({ vi: 'Lưu tài khoản', en: 'Save the account' })}
                </button>
              </div>
            </Form>
          </details>
        </section>
      ))}

      <h2>{t({ vi: 'Sản phẩm trên từng sàn', en: 'Products on each exchange' })}</h2>
      {products.length === 0 ? (
        <p className="muted">
          {t({
            vi: 'Chưa có sản phẩm nào. Thêm sản phẩm trước khi đưa lên sàn.',
            en: 'No products yet. Add a product before listing it.',
          })}
        </p>
      ) : (
        <ul className="list">
          {products.map((product) => (
            <li key={product.id} data-product={product.id}>
              <strong>
                <Link to={`/products/${product.id}`}>{product.title}</Link>
              </strong>{' '}
              <span className="muted">({product.sku})</span>
              {product.listings.map((listing) => (
                <div key={listing.exchange} className="listing">
                  <p>
                    <strong>{exchangeName(listing.exchange)}</strong>:{' '}
                    {listing.ready ? (
                      <span className="badge ok">{t({ vi: 'Đạt quy định', en: 'Ready' })}</span>
                    ) : (
                      <span className="badge no">{t({ vi: 'Chưa đạt', en: 'Not ready' })}</span>
                    )}
                    {listing.stale ? (
                      <span className="badge warn">
                        {t({ vi: 'Có thay đổi chưa xuất', en: 'Changed since export' })}
                      </span>
                    ) : null}
                    {listing.last_exported_at ? (
                      <span className="muted">
                        {' '}
                        · {t({ vi: 'Xuất lúc', en: 'Exported' })}{' '}
                        {formatDateTime(listing.last_exported_at, language)}
                      </span>
                    ) : null}
                  </p>
                  <FindingList findings={listing.findings} />
                  {listing.external_url ? (
                    <p>
                      <a href={listing.external_url} rel="noopener">
                        {t({ vi: 'Xem trên sàn', en: 'See it on the exchange' })}
                      </a>
                    </p>
                  ) : null}
                  {listing.listing_id ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="listing" />
                      <input type="hidden" name="listing" value={listing.listing_id} />
                      <label htmlFor={`listing-url-${listing.listing_id}`}>
                        {t({
                          vi: 'Địa chỉ sản phẩm trên sàn (https://)',
                          en: "The product's address on the exchange (https://)",
                        })}
                      </label>
                      <input
                        id={`listing-url-${listing.listing_id}`}
                        name="external_url"
                        type="url"
                        placeholder="https://"
                        defaultValue={listing.external_url ?? ''}
                      />
                      <div className="actions">
                        <button type="submit" className="secondary">
                          {t({ vi: 'Lưu địa chỉ', en: 'Save the address' })}
                        </button>
                      </div>
                    </Form>
                  ) : null}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
