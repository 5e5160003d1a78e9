// The cooperative's products with their lots, newest first: open a lot, or tap one to see its
// story and record work on it.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { listProductLots } from '../lots.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Lô hàng / Lots — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  return { products: await listProductLots(request, account) };
}

export default function Lots() {
  const { products } = useLoaderData<typeof loader>();
  const t = useText();
  return (
    <>
      <h1>{t({ vi: 'Lô hàng', en: 'Lots' })}</h1>
      {products.length === 0 ? (
        <p className="muted">
          {t({
            vi: 'Chưa có sản phẩm nào. Thêm sản phẩm trước rồi mở lô cho nó.',
            en: 'No products yet. Add a product first, then open lots for it.',
          })}
        </p>
      ) : null}
      {products.map(({ product, lots }) => (
        <section key={product.id} className="card">
          <h2>{product.title}</h2>
          {product.traced ? (
            <>
              <div className="actions">
                <Link className="button" to={`/lots/new?product=${encodeURIComponent(product.id)}`}>
                  {t({ vi: 'Mở lô mới', en: 'Open a lot' })}
                </Link>
              </div>
              {lots.length === 0 ? (
                <p className="muted">{t({ vi: 'Chưa có lô nào.', en: 'No lots yet.' })}</p>
              ) : (
                <ul className="list">
                  {lots.map((lot) => (
                    <li key={lot.id}>
                      <Link to={`/lots/${encodeURIComponent(lot.id)}`}>
                        <strong>{lot.code}</strong> · {lot.id}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="warning">
              {t({
                vi: 'Sản phẩm này chưa gắn với sổ truy xuất nên chưa mở lô được.',
                en: 'This product is not in the trace ledger yet, so no lot can be opened.',
              })}
            </p>
          )}
        </section>
      ))}
    </>
  );
}
