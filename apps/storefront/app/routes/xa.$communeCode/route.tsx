import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { isRouteErrorResponse, useLoaderData, useRouteError } from '@remix-run/react';
import { InBothLanguages } from '../../components/error-page';
import { translator } from '../../i18n';
import { inLanguage } from '../../lib/localized';
import { languageOfMatches } from '../../lib/meta';
import { COMMUNE_CSS, CommunePage } from '../../open-data/commune-page';
import { FAILURE_TEXTS, failureOf } from '../../open-data/figures-failure';
import type { RouteHandle } from '../../route-handle';
import { communePage } from './commune-page.server';

// /xa/:communeCode: the open figures of a commune's e-commerce pilot, no JavaScript.

export const handle: RouteHandle = { hydrate: false, criticalCss: COMMUNE_CSS };

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page, error, matches }) => {
  if (!page) {
    const t = translator(languageOfMatches(matches));
    const { reason } = failureOf(isRouteErrorResponse(error) ? error.data : null);
    return [{ title: t('meta.title', { title: t(FAILURE_TEXTS[reason].title) }) }];
  }
  const t = translator(page.language);
  const commune = inLanguage(page.place.commune, page.language);
  const province = inLanguage(page.place.province, page.language);
  const title = t('openData.title', { commune, year: page.figures.year });
  const description = t('openData.description', { commune, province });
  return [
    { title: t('meta.title', { title }) },
    { name: 'description', content: description },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: page.canonicalUrl },
    { property: 'og:locale', content: page.language === 'vi' ? 'vi_VN' : 'en_GB' },
    { tagName: 'link', rel: 'canonical', href: page.canonicalUrl },
    { tagName: 'link', rel: 'alternate', type: 'text/csv', href: page.links.csv },
    { tagName: 'link', rel: 'alternate', type: 'application/json', href: page.links.json },
    { tagName: 'link', rel: 'license', href: page.figures.licence.url },
  ];
};

export function loader({ request, params }: LoaderFunctionArgs) {
  return communePage(request, params.communeCode ?? '');
}

export default function CommuneRoute() {
  const page = useLoaderData<typeof loader>();
  return <CommunePage {...page} t={translator(page.language)} />;
}

/** An unknown commune, a bad year, or figures that cannot be had: said in both languages. */
export function ErrorBoundary() {
  const error = useRouteError();
  const failure = failureOf(isRouteErrorResponse(error) ? error.data : null);
  const texts = FAILURE_TEXTS[failure.reason];
  return (
    <main>
      <InBothLanguages
        section={(t, Heading) => (
          <>
            <Heading>{t(texts.title)}</Heading>
            <p>{texts.body(t, failure)}</p>
            {failure.reason === 'bad_year' ? (
              <p>
                <a href={`/xa/${failure.code}`}>{t('openData.thisYear')}</a>
              </p>
            ) : null}
            <p className="note">{t('error.code', { code: failure.reason })}</p>
          </>
        )}
      />
    </main>
  );
}
