// The cooperative's products: photo, name, price in đồng, OCOP stars while the rating holds (a
// warning 30 days before it ends), and whether the product is traceable.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatDay, formatVnd } from '@nguongoc/vn-locale';
import { listProducts, ocopOf } from '../products.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Sản phẩm / Products — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const rows = await listProducts(request, account);
  return {
    products: rows.map(({ summary, product }) => {
      const prices = (product?.variants ?? [])
        .map((variant) => variant.price_vnd)
        .filter((price): price is number => price !== null);
      const ocop = product ? ocopOf(product) : undefined;
      return {
        id: summary.id,
        title: summary.title,
        thumbnail: summary.thumbnail,
        traced: summary.traced,
        price: prices.length ? Math.min(...prices) : null,
        priceFrom: new Set(prices).size > 1,
        ocop: ocop ? { stars: ocop.stars, status: ocop.status, expiresOn: ocop.expiresOn } : null,
      };
    }),
  };
}

export default function Products() {
  const { products } = useLoaderData<typeof loader>();
  const t = useText();
  return (
    <>
      <h1>{t({ vi: 'Sản phẩm', en: 'Products' })}</h1>
      <div className="actions">
        <Link className="button" to="/products/new">
          {t({ vi: 'Thêm sản phẩm', en: 'Add a product' })}
        </Link>
      </div>
      {products.length === 0 ? (
        <p className="muted">
          {t({
            vi: 'Chưa có sản phẩm nào. Thêm sản phẩm đầu tiên để bắt đầu truy xuất nguồn gốc.',
            en: 'No products yet. Add the first one to start tracing.',
          })}
        </p>
      ) : (
        <ul className="list products">
          {products.map((product) => (
            <li key={product.id} className="product-row">
              {product.thumbnail ? (
                <img className="thumb" src={product.thumbnail} alt="" loading="lazy" />
              ) : (
                <span className="thumb" aria-hidden="true" />
              )}
              <div>
                <Link to={`/products/${product.id}`} className="product-title">
                  {product.title}
                </Link>
                <span className="price">
                  {product.price === null
                    ? t({ vi: 'Chưa có giá', en: 'No price yet' })
                    : `${product.priceFrom ? t({ vi: 'từ ', en: 'from ' }) : ''}${formatVnd(product.price)}`}
                </span>
                {product.ocop && product.ocop.status !== 'expired' ? (
                  <span
                    className="ocop"
                    aria-label={`OCOP ${product.ocop.stars} ${t({ vi: 'sao', en: 'stars' })}`}
                  >
                    OCOP {'★'.repeat(product.ocop.stars)}
                  </span>
                ) : null}
                <span className={product.traced ? 'badge traced' : 'badge untraced'}>
                  {product.traced
                    ? t({ vi: 'Đã truy xuất', en: 'Traced' })
                    : t({ vi: 'Chưa truy xuất', en: 'Not traced' })}
                </span>
                {product.ocop?.status === 'expiring' ? (
                  <p className="warning">
                    {t({
                      vi: `Chứng nhận OCOP hết hạn ngày ${formatDay(product.ocop.expiresOn)}: hãy gia hạn`,
                      en: `The OCOP rating expires on ${formatDay(product.ocop.expiresOn)}: renew it`,
                    })}
                  </p>
                ) : null}
                {product.ocop?.status === 'expired' ? (
                  <p className="warning">
                    {t({
                      vi: `Chứng nhận OCOP đã hết hạn ngày ${formatDay(product.ocop.expiresOn)}: không hiển thị sao`,
                      en: `The OCOP rating expired on ${formatDay(product.ocop.expiresOn)}: no stars shown`,
                    })}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
