// The error boundary's page: what went wrong in both languages (the page's first), so that a
// shopper on a failed page reads it whatever language the page would have had.
import { isRouteErrorResponse, useRouteError } from '@remix-run/react';
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

export function ErrorMessage({ error }: { error: unknown }) {
  const first = useLanguage();
  const explanation = explain(error);
  return (
    <div className="error-page" role="alert">
      {[first, otherLanguage(first)].map((language, index) => {
        const t = translator(language);
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <section key={language} lang={language} className="error-page__language">
            <Heading>{t(explanation.title)}</Heading>
            <p>{t(explanation.body)}</p>
            <p className="muted">{t('error.code', { code: explanation.code })}</p>
          </section>
        );
      })}
      <p>
        <a href="/">
          {translator(first)('error.home')} /{' '}
          <span lang={otherLanguage(first)}>{translator(otherLanguage(first))('error.home')}</span>
        </a>
      </p>
    </div>
  );
}

export function ErrorPage() {
  return (
    <main id="main" className="container">
      <ErrorMessage error={useRouteError()} />
    </main>
  );
}
