// The cooperative's orders from every channel (the shop and the exchanges), newest first, with
// the total and status of each; a cash-on-delivery order whose cash has not been recorded has a
// "Cash received" button (post, then back here with a notice).
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { formatCount, formatDateTime, formatVnd } from '@nguongoc/vn-locale';
import { refusal } from '../backend.server';
import { channelName } from '../channel-names';
import { statusName } from '../order-status';
import { cooperativeOrders, recordCashReceived } from '../orders.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';
import { ErrorAlert } from '../components/error-alert';

export const meta: MetaFunction = () => [{ title: 'Đơn hàng / Orders — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const receivedId = new URL(request.url).searchParams.get('received');
  const orders = await cooperativeOrders(request, account);
  const received = receivedId
    ? (orders.find((order) => order.id === receivedId)?.ref ?? receivedId)
    : null;
  return { orders, received };
}

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const order = String(form.get('order') ?? '');
  try {
    await recordCashReceived(request, account, order);
  } catch (error) {
    return data({ error: refusal(error).error }, { status: 400 });
  }
  return redirect(`/orders?received=${encodeURIComponent(order)}`);
}

export default function Orders() {
  const { orders, received } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useText();
  const language = useLanguage();
  return (
    <>
      <h1>{t({ vi: 'Đơn hàng', en: 'Orders' })}</h1>
      <ErrorAlert error={answer?.error} />
      {received ? (
        <p className="notice" role="status">
          {t({
            vi: `Đã ghi nhận tiền của đơn #${received}: đơn được tính vào doanh số.`,
            en: `Cash of order #${received} recorded: the order now counts in the sales.`,
          })}
        </p>
      ) : null}
      <p className="muted">
        {t({
          vi: 'Đơn từ cửa hàng của xã và các sàn TMĐT, mới nhất trước.',
          en: 'Orders from the commune shop and the exchanges, newest first.',
        })}
      </p>
      {orders.length === 0 ? (
        <p className="muted">{t({ vi: 'Chưa có đơn hàng nào.', en: 'No orders yet.' })}</p>
      ) : (
        <ul className="list">
          {orders.map((order) => (
            <li key={`${order.channel}:${order.ref}`} data-order={order.id ?? order.ref}>
              <strong>{formatVnd(order.total_vnd)}</strong> · {t(channelName(order.channel))}
              <br />
              <span className="muted">
                {t({ vi: 'Đơn', en: 'Order' })} #{order.ref} ·{' '}
                {formatDateTime(order.ordered_at, language)}
              </span>
              <br />
              <span>
                {order.items
                  .map((item) => `${item.sku} × ${formatCount(item.quantity)}`)
                  .join(', ')}
              </span>
              <br />
              <span className="status">
                {order.statuses.map((status) => t(statusName(status))).join(', ')}
              </span>
              {order.awaiting_cash && order.id ? (
                <Form method="post">
                  <input type="hidden" name="order" value={order.id} />
                  <div className="actions">
                    <button type="submit">{t({ vi: 'Đã nhận tiền', en: 'Cash received' })}</button>
                  </div>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
