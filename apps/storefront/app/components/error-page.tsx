// The error boundary's page: what went wrong in both languages (the page's first), so that a
// shopper on a failed page reads it whatever language the page would have had.
import { isRouteErrorResponse, useRouteError } from '@remix-run/react';
import type { ReactNode } from 'react';
import { type PlainMessageKey, otherLanguage, translator } from '../i18n';
import { useLanguage } from '../i18n/use-translation';

interface Explanation {
  title: PlainMessageKey;
  body: PlainMessageKey;
  code: string;
}

function explain(error: unknown): Explanation {
  if (isRouteErrorResponse(error)) {
    const code = (error.data as { code?: unknown } | null)?.code;
    if (error.status === 404) {
      return { title: 'error.notFound.title', body: 'error.notFound.body', code: 'not_found' };
    }
    if (code === 'backend_unavailable' || code === 'backend_refused') {
      return { title: 'error.backend.title', body: 'error.backend.body', code };
    }
    return {
      title: 'error.unexpected.title',
      body: 'error.unexpected.body',
      code: String(error.status),
    };
  }
  return { title: 'error.unexpected.title', body: 'error.unexpected.body', code: 'unexpected' };
}

/**
 * A message in both languages, the page's first (its heading an h1, the other's an h2), then a
 * link home in both: `section` writes one language's part with that language's translator.
 */
export function InBothLanguages({
  className,
  sectionClassName,
  section,
}: {
  className?: string;
  sectionClassName?: string;
  section: (t: ReturnType<typeof translator>, Heading: 'h1' | 'h2') => ReactNode;
}) {
  const first = useLanguage();
  return (
    <div className={className} role="alert">
      {[first, otherLanguage(first)].map((language, index) => (
        <section key={language} lang={language} className={sectionClassName}>
          {section(translator(language), index === 0 ? 'h1' : 'h2')}
        </section>
      ))}
      <p>
        <a href="/">
          {translator(first)('error.home')} /{' '}
          <span lang={otherLanguage(first)}>{translator(otherLanguage(first))('error.home')}</span>
        </a>
      </p>
    </div>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const explanation = explain(error);
  return (
    <InBothLanguages
      className="error-page"
      sectionClassName="error-page__language"
      section={(t, Heading) => (
        <>
          <Heading>{t(explanation.title)}</Heading>
          <p>{t(explanation.body)}</p>
          <p className="muted">{t('error.code', { code: explanation.code })}</p>
        </>
      )}
    />
  );
}

export function ErrorPage() {
  return (
    <main id="main" className="container">
      <ErrorMessage error={useRouteError()} />
    </main>
  );
}
