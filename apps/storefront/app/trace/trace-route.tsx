import type { HeadersFunction, MetaFunction } from '@remix-run/node';
import { isRouteErrorResponse, useLoaderData, useRouteError } from '@remix-run/react';
import { DEFAULT_LANGUAGE, isLanguage, otherLanguage, translator } from '../i18n';
import { useLanguage } from '../i18n/use-translation';
import type { RouteHandle } from '../route-handle';
import { TRACE_CSS, TracePage } from './trace-page';
import type { TraceFailure, tracePage } from './trace.server';

// What the three trace routes (/t/:code and the GS1 Digital Link paths) share: the page, its
// meta and Open Graph tags, its headers and its error page. Each route has only its loader.

type TraceData = Awaited<ReturnType<typeof tracePage>>['data'];

/** No Remix or React JavaScript: the page is HTML, its inline CSS and one small script. */
export const handle: RouteHandle = { hydrate: false, criticalCss: TRACE_CSS };

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction = ({ data }) => {
  const page = data as TraceData | undefined;
  if (!page) return [{ title: translator(DEFAULT_LANGUAGE)('tracePage.notFound.title') }];
  const t = translator(page.language);
  const { view } = page;
  const title = t('tracePage.title', {
    product: view.productName ?? view.code,
    lot: view.lotNumber ?? view.code,
  });
  const description = t('tracePage.description', {
    producer: [view.producer?.name, view.producer?.place].filter(Boolean).join(', '),
    steps: view.steps.length,
  });
  return [
    { title },
    { name: 'description', content: description },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: page.canonicalUrl },
    { property: 'og:locale', content: page.language === 'vi' ? 'vi_VN' : 'en_GB' },
    { tagName: 'link', rel: 'canonical', href: page.canonicalUrl },
  ];
};

export function TraceRoute() {
  const page = useLoaderData<TraceData>();
  return (
    <TracePage
      view={page.view}
      messages={page.messages}
      language={page.language}
      t={translator(page.language)}
      serial={page.serial}
      links={page.links}
    />
  );
}

/** An unknown or mistyped code, or a backend that did not answer: said in both languages. */
export function TraceErrorBoundary() {
  const error = useRouteError();
  const first = useLanguage();
  const failure: TraceFailure | undefined = isRouteErrorResponse(error)
    ? (error.data as TraceFailure)
    : undefined;
  const reason = failure?.reason ?? 'unavailable';
  return (
    <main role="alert">
      {[isLanguage(first) ? first : DEFAULT_LANGUAGE, otherLanguage(first)].map((language) => {
        const t = translator(language);
        return (
          <section key={language} lang={language}>
            <h1>
              {t(
                reason === 'not_found' ? 'tracePage.notFound.title' : 'tracePage.unavailable.title',
              )}
            </h1>
            <p>
              {reason === 'not_found'
                ? t('tracePage.notFound.body', { code: failure?.code ?? '' })
                : t('tracePage.unavailable.body')}
            </p>
          </section>
        );
      })}
    </main>
  );
}
