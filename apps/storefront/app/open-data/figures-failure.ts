// Why a commune's figures could not be shown, and how that is said: by the page's error boundary
// (both languages, one after the other) and by the downloads' error answers.
import { type PlainMessageKey, type Translate, translator } from '../i18n';

/** A stable reason and what was asked for. */
export interface FiguresFailure {
  reason: 'not_found' | 'bad_year' | 'unavailable';
  /** The commune code asked for, as typed (at most 40 characters). */
  code: string;
  /** `?year=` as typed (at most 40 characters), when there was one. */
  year: string | null;
}

export const FAILURE_TEXTS: Record<
  FiguresFailure['reason'],
  { title: PlainMessageKey; body: (t: Translate, failure: FiguresFailure) => string }
> = {
  not_found: {
    title: 'openData.notFound.title',
    body: (t, failure) => t('openData.notFound.body', { code: failure.code }),
  },
  bad_year: {
    title: 'openData.badYear.title',
    body: (t, failure) => t('openData.badYear.body', { year: failure.year ?? '' }),
  },
  unavailable: {
    title: 'openData.unavailable.title',
    body: (t) => t('openData.unavailable.body'),
  },
};

/** "Vietnamese / English", for an answer that is not a page. */
export function failureMessage(failure: FiguresFailure): string {
  return (['vi', 'en'] as const)
    .map((language) => FAILURE_TEXTS[failure.reason].body(translator(language), failure))
    .join(' / ');
}

/** The failure a route error carries, or "unavailable" for anything else (a crash). */
export function failureOf(data: unknown): FiguresFailure {
  const failure = data as Partial<FiguresFailure> | null | undefined;
  return failure?.reason && failure.reason in FAILURE_TEXTS
    ? { reason: failure.reason, code: String(failure.code ?? ''), year: failure.year ?? null }
    : { reason: 'unavailable', code: '', year: null };
}
