// The newest lot of a product, in a few lines, with the link to its trace page (/t/:code).
import { formatDate } from '@nguongoc/vn-locale';
import type { LotSummary } from '../commerce/types';
import type { PlainMessageKey } from '../i18n';
import { useLanguage, useT } from '../i18n/use-translation';

/**
 * A lot's kinds of work as the origin route names them: trace-core's field work, else the last
 * word of the event's CBV business step. An unknown kind is shown as it comes.
 */
const KINDS: Record<string, PlainMessageKey> = {
  sowing: 'trace.kind.sowing',
  fertilising: 'trace.kind.fertilising',
  spraying: 'trace.kind.spraying',
  certification: 'trace.kind.certification',
  harvest: 'trace.kind.harvest',
  processing: 'trace.kind.processing',
  packing: 'trace.kind.packing',
  shipping: 'trace.kind.shipping',
  commissioning: 'trace.kind.commissioning',
  receiving: 'trace.kind.receiving',
  inspecting: 'trace.kind.inspecting',
  storing: 'trace.kind.storing',
};

export function TraceSummary({ lot }: { lot: LotSummary | null }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="trace-summary" aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t('trace.heading')}</h2>
      {lot ? (
        <>
          <p>
            <strong>{t('trace.lot', { code: lot.code })}</strong>
          </p>
          <p>{t('trace.events', { count: lot.eventCount })}</p>
          {lot.firstEventAt && lot.lastEventAt ? (
            <p>
              {t('trace.period', {
                from: formatDate(lot.firstEventAt, language),
                to: formatDate(lot.lastEventAt, language),
              })}
            </p>
          ) : null}
          {lot.kinds.length > 0 ? (
            <p>
              {t('trace.kinds')}:{' '}
              {lot.kinds
                .map((kind) => {
                  const key = KINDS[kind];
                  return key ? t(key) : kind;
                })
                .join(', ')}
            </p>
          ) : null}
          <p>
            <a className="button" href={`/t/${encodeURIComponent(lot.id)}`}>
              {t('trace.link')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('trace.none')}</p>
      )}
    </section>
  );
}
