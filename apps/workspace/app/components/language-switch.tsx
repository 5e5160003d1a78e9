// The link to the same page in the other language (the pages before sign-in; the signed-in
// layout has its own in the header). `keep` carries query values the page needs (an invitation).
import { useLanguage } from '../text';

export function LanguageSwitch({ keep = {} }: { keep?: Record<string, string | undefined> }) {
  const language = useLanguage();
  const query = new URLSearchParams({ lang: language === 'vi' ? 'en' : 'vi' });
  for (const [name, value] of Object.entries(keep)) if (value) query.set(name, value);
  return (
    <p>
      <a href={`?${query}`}>{language === 'vi' ? 'English' : 'Tiếng Việt'}</a>
    </p>
  );
}
