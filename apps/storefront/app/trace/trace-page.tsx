import { VIETNAM_OFFSET } from '@nguongoc/vn-locale';
import type { Language, Translate } from '../i18n';
import { KeyRotations } from './key-rotations';
import type { TraceMessages } from './trace-messages';
import type { TraceView } from './trace-view.server';

export interface TracePageProps {
  view: TraceView;
  messages: TraceMessages;
  language: Language;
  t: Translate;
  /** A unit's serial (GS1 AI 21), when the QR carried one: its scans are counted on their own. */
  serial: string | undefined;
  links: { bundle: string; scans: string; script: string; otherLanguage: string; product: string };
}

/**
 * The trace page's body: everything readable without JavaScript. The status box is where the
 * verification script (links.script) reports what it checked on the consumer's phone.
 */
export function TracePage({ view, messages, language, t, serial, links }: TracePageProps) {
  const stars = view.ocop?.stars ?? 0;
  const area = view.plantingArea;
  return (
    <>
      <header className="bar">
        <span>{t('tracePage.brand')}</span>
        <a href={links.otherLanguage} hrefLang={language === 'vi' ? 'en' : 'vi'}>
          {t('tracePage.otherLanguage')}
        </a>
      </header>
      <main>
        <h1>{view.productName ?? view.code}</h1>
        <p className="meta">
          {view.lotNumber && (
            <>
              {t('tracePage.lot')} <b>{view.lotNumber}</b> ·{' '}
            </>
          )}
          {t('tracePage.code')} <b>{view.code}</b>
          {view.gtin && (
            <>
              {' '}
              · {t('tracePage.gtin')} <b>{view.gtin}</b>
            </>
          )}
        </p>
        <div
          id="trace-status"
          role="status"
          data-state="static"
          data-bundle-url={links.bundle}
          data-scan-url={links.scans}
          data-language={language}
          data-checkpoint-size={view.checkpointSize ?? ''}
          data-serial={serial}
        >
          {/* The same box in every state, so that verifying it moves nothing on the page. */}
          <strong>{t('tracePage.noScript')}</strong>
          <ul>
            {messages.checked.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <dl>
          {view.producer && (
            <div>
              <dt>{t('tracePage.producer')}</dt>
              <dd>
                {view.producer.name}
                {view.producer.place && <small>{view.producer.place}</small>}
              </dd>
            </div>
          )}
          {view.ocop && (
            <div>
              <dt>{t('tracePage.ocop')}</dt>
              {view.ocop.status === 'expired' ? (
                <dd>
                  {t('tracePage.ocopExpired', { date: view.ocop.expiresOnText })}
                  <small>{view.ocop.decisionNumber}</small>
                </dd>
              ) : (
                <dd>
                  <span className="stars" aria-hidden="true">
                    {'★'.repeat(stars)}
                    {'☆'.repeat(5 - stars)}
                  </span>{' '}
                  {t('tracePage.ocopStars', { stars })}
                  <small>
                    {t('tracePage.ocopDecision', {
                      decision: view.ocop.decisionNumber,
                      expiresOn: view.ocop.expiresOnText,
                    })}
                  </small>
                </dd>
              )}
            </div>
          )}
          {area && (
            <div>
              <dt>{t('tracePage.plantingArea')}</dt>
              <dd>
                {area.name}
                {area.code && <small>{t('tracePage.plantingAreaCode', { code: area.code })}</small>}
                {area.areaText && <small>{t('tracePage.area', { area: area.areaText })}</small>}
                {area.crop && <small>{t('tracePage.crop', { crop: area.crop })}</small>}
                {area.variety && <small>{t('tracePage.variety', { variety: area.variety })}</small>}
                {area.place && <small>{area.place}</small>}
              </dd>
            </div>
          )}
          {view.household && (
            <div>
              <dt>{t('tracePage.household')}</dt>
              <dd>
                {view.household.name}
                {view.household.place && <small>{view.household.place}</small>}
              </dd>
            </div>
          )}
        </dl>
        <h2>{t('tracePage.journey')}</h2>
        {view.steps.length === 0 ? (
          <p>{t('tracePage.noSteps')}</p>
        ) : (
          <ol className="steps">
            {view.steps.map((step) => (
              <li key={step.eventId} data-event-id={step.eventId}>
                <time dateTime={`${step.time.replace(' ', 'T')}${VIETNAM_OFFSET}`}>
                  {step.timeText}
                </time>
                <h3>{step.title}</h3>
                {step.details.length > 0 && (
                  <ul>
                    {step.details.map((detail, i) => (
                      <li key={i}>{detail}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
        <p className="ledger">
          {t('tracePage.ledger', { origin: view.origin, size: view.checkpointSize ?? '?' })}
        </p>
        <KeyRotations rotations={view.keyRotations} language={language} />
        <p>
          <a className="buy" href={links.product}>
            {t('tracePage.buy')}
          </a>
        </p>
      </main>
      <script
        type="application/json"
        id="trace-messages"
        dangerouslySetInnerHTML={{ __html: scriptJson(messages) }}
      />
      <script type="module" src={links.script} />
    </>
  );
}

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The trace page's whole stylesheet, inlined in its head: small enough to be critical CSS. */
export const TRACE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2a1f;background:#f6f8f4}
.bar{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#1f5f3a;color:#fff}
.bar a{color:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:0}
.meta{color:#4a5a4d;margin:0 0 1rem}
#trace-status{border:2px solid #b9c6bb;border-radius:.5rem;padding:.75rem 1rem;background:#fff}
#trace-status[data-state=verified]{border-color:#1f7a3f;background:#eaf6ee}
#trace-status[data-state=verified] strong::before{content:"✓ "}
#trace-status[data-state=failed]{border-color:#b3261e;background:#fdecea}
#trace-status[data-state=failed] strong::before{content:"✗ "}
#trace-status ul{margin:.4rem 0 0;padding:0;list-style:none}
#trace-status li{overflow-wrap:anywhere}
#trace-status li::before{content:"○ ";color:#4a5a4d}
#trace-status[data-state=verified] li::before{content:"✓ ";color:#1f7a3f}
#trace-status[data-state=failed] li::before{content:"✗ ";color:#b3261e}
.cloned{margin-top:.75rem;border:2px solid #b3261e;border-radius:.5rem;padding:.75rem 1rem;background:#fff4e5}
.cloned p{margin:.3rem 0 0}
.scan-failed{margin-top:.75rem;border:1px solid #8a6d00;border-radius:.5rem;padding:.6rem 1rem;background:#fffbe6}
.share-province{margin-top:.75rem;font-size:.9rem}
.share-province select{display:block;margin:.3rem 0;font:inherit;padding:.3rem;max-width:100%}
.share-province small{display:block;color:#4a5a4e}
dl{margin:1rem 0}
dl div{padding:.5rem 0;border-bottom:1px solid #dde4dd}
dt{font-weight:600}
dd{margin:0}
dd small{display:block;color:#4a5a4d}
.stars{color:#9a6700;letter-spacing:.1em}
.steps{list-style:none;margin:0;padding:0;border-left:3px solid #1f5f3a}
.steps>li{position:relative;margin:0 0 1rem;padding-left:1rem}
.steps>li::before{content:"";position:absolute;left:-.5rem;top:.4rem;width:.7rem;height:.7rem;border-radius:50%;background:#1f5f3a}
.steps>li.failed{background:#fdecea}
.steps>li.failed::before{background:#b3261e}
.steps time{color:#4a5a4d;font-size:.9rem}
.steps ul{margin:.2rem 0 0;padding-left:1.1rem}
.ledger{font-size:.85rem;color:#4a5a4d;word-break:break-all}
.buy{display:inline-block;padding:.6rem 1rem;border-radius:.4rem;background:#1f5f3a;color:#fff;text-decoration:none}
@media print{.bar,.buy{display:none}body{background:#fff}.steps>li{break-inside:avoid}}
`;
