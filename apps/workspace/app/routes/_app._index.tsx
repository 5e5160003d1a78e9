// "Today": a member's cooperative at a glance — its products and their newest lots, with the
// day's actions one tap away. An officer starts at their commune's overview.
import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { MemberProductsAnswer } from '@nguongoc/contracts';
import { backendJson } from '../backend.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Hôm nay / Today — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request);
  if (account.kind === 'officer') throw redirect('/commune');
  const { products } = await backendJson<MemberProductsAnswer>(request, account, '/coop/products');
  return { products };
}

export default function Today() {
  const { products } = useLoaderData<typeof loader>();
  const t = useText();
  return (
    <>
      <h1>{t({ vi: 'Hôm nay', en: 'Today' })}</h1>
      <div className="actions">
        <Link className="button" to="/lots">
          {t({ vi: 'Ghi công việc cho một lô', en: 'Record work on a lot' })}
        </Link>
        <Link className="button secondary" to="/products/new">
          {t({ vi: 'Thêm sản phẩm', en: 'Add a product' })}
        </Link>
      </div>
      <h2>{t({ vi: 'Sản phẩm của hợp tác xã', en: "The cooperative's products" })}</h2>
      {products.length === 0 ? (
        <p className="muted">
          {t({
            vi: 'Chưa có sản phẩm nào. Thêm sản phẩm đầu tiên để bắt đầu truy xuất nguồn gốc.',
            en: 'No products yet. Add the first one to start tracing.',
          })}
        </p>
      ) : (
        <ul className="list">
          {products.map((product) => (
            <li key={product.id}>
              <Link to={`/products/${product.id}`}>{product.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
