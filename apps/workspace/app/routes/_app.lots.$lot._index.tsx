// A lot: its story exactly as the trace page tells it (the backend's, in the page's language),
// its verification in plain words, and the day's actions: record work, print labels, open the
// public trace page.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { getLot } from '../lots.server';
import { requireAccount } from '../session.server';
import { useLanguage, useText } from '../text';
import { WORK_TITLES } from '../work-kinds';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.code ?? ''} — NguonGoc` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const page = await getLot(request, account, params.lot!);
  return {
    id: page.detail.bundle.lot,
    code: page.lot?.code ?? page.detail.bundle.lot,
    productTitle: page.productTitle ?? page.product?.name ?? '',
    story: page.detail.story,
    verification: {
      ok: page.detail.verification.ok,
      failures: page.detail.verification.failures.map((failure) => ({
        check: failure.check,
        reason: failure.reason,
      })),
    },
    traceUrl: page.listed?.trace_url,
  };
}

export default function LotPage() {
  const { id, code, productTitle, story, verification, traceUrl } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const t = useText();
  const language = useLanguage();
  const told = story[language];
  const recorded = search.get('recorded');
  const failure = verification.failures[0];
  return (
    <>
      <p>
        <Link to="/lots">← {t({ vi: 'Lô hàng', en: 'Lots' })}</Link>
      </p>
      <h1>
        {productTitle} · {t({ vi: 'lô', en: 'lot' })} {code}
      </h1>
      {search.get('opened') ? (
        <p className="notice" role="status">
          {t({ vi: 'Đã mở lô.', en: 'The lot was opened.' })}
        </p>
      ) : null}
      {recorded ? (
        <p className="notice" role="status">
          {search.get('duplicate')
            ? t({
                vi: 'Công việc này đã được ghi trước đó, không ghi lại lần nữa.',
                en: 'This work was already recorded; nothing was recorded twice.',
              })
            : `${t({ vi: 'Đã ghi', en: 'Recorded' })}: ${
                recorded in WORK_TITLES
                  ? t(WORK_TITLES[recorded as keyof typeof WORK_TITLES])
                  : recorded
              }.`}
        </p>
      ) : null}
      <p className={verification.ok ? 'notice' : 'error'} data-verification>
        <strong>
          {verification.ok
            ? t({ vi: 'Đã xác minh', en: 'Verified' })
            : t({ vi: 'Chưa xác minh được', en: 'Not verified' })}
        </strong>
        {verification.ok
          ? ` — ${t({
              vi: 'mọi bước đều có trong sổ truy xuất đã ký.',
              en: 'every step is in the signed trace ledger.',
            })}`
          : failure
            ? ` — ${failure.reason[language]} (${failure.check})`
            : ''}
      </p>
      <div className="actions">
        <Link className="button" to={`/lots/${encodeURIComponent(id)}/work`}>
          {t({ vi: 'Ghi công việc', en: 'Record work' })}
        </Link>
        <Link className="button secondary" to={`/lots/${encodeURIComponent(id)}/labels`}>
          {t({ vi: 'In tem', en: 'Print labels' })}
        </Link>
        {traceUrl ? (
          <a className="button secondary" href={traceUrl}>
            {t({ vi: 'Trang truy xuất', en: 'Trace page' })}
          </a>
        ) : null}
      </div>
      {told.origin && told.origin.length > 0 ? (
        <section className="card">
          <h2>{t({ vi: 'Nguồn gốc', en: 'Origin' })}</h2>
          <ul>
            {told.origin.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>
        {t({ vi: 'Hành trình', en: 'Journey' })} ({told.steps.length})
      </h2>
      {told.steps.length === 0 ? (
        <p className="muted">{t({ vi: 'Chưa ghi công việc nào.', en: 'No work recorded yet.' })}</p>
      ) : (
        <ol className="list steps">
          {told.steps.map((step) => (
            <li key={step.eventId}>
              <h3>{step.title}</h3>
              <p className="muted">{step.time}</p>
              <ul>
                {step.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
