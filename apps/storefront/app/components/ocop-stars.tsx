import { useT } from '../i18n/use-translation';

/** "OCOP ★★★★☆", read out as "OCOP 4 sao". */
export function OcopStars({ stars }: { stars: number | null }) {
  const t = useT();
  if (stars === null) return null;
  return (
    <span className="ocop">
      <span className="visually-hidden">{t('ocop.stars', { stars })}</span>
      <span aria-hidden="true">
        OCOP <span className="ocop__stars">{'★'.repeat(stars)}</span>
        <span className="ocop__empty">{'☆'.repeat(5 - stars)}</span>
      </span>
    </span>
  );
}
