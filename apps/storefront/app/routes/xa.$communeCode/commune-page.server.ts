import { data } from '@remix-run/node';
import { environment } from '../../env.server';
import { otherLanguage } from '../../i18n';
import { languageOf } from '../../i18n/language.server';
import {
  FIGURES_MAX_AGE_SECONDS,
  FiguresLookupError,
  communeFigures,
  communePlace,
  pickableYears,
} from '../../open-data/commune-figures.server';
import type { FiguresFailure } from '../../open-data/figures-failure';
import { monthRows } from '../../open-data/monthly-series';

/** `/xa/:communeCode?year=`: the figures, the twelve months, the years and the downloads. */
export async function communePage(request: Request, code: string) {
  const url = new URL(request.url);
  const asked = url.searchParams.get('year');
  const language = await languageOf(request);
  let figures;
  try {
    figures = await communeFigures(code, asked);
  } catch (error) {
    if (error instanceof FiguresLookupError) {
      throw data<FiguresFailure>(error.failure, { status: error.status });
    }
    throw error;
  }
  const path = `/xa/${figures.commune.code}`;
  const year = `?year=${figures.year}`;
  return data(
    {
      language,
      figures,
      place: communePlace(figures),
      months: monthRows(figures),
      years: pickableYears(figures.year).map((each) => ({
        year: each,
        href: `${path}?year=${each}`,
      })),
      links: {
        csv: `${path}/du-lieu.csv${year}`,
        json: `${path}/du-lieu.json${year}`,
        otherLanguage: `${path}?${asked === null ? '' : `year=${figures.year}&`}lang=${otherLanguage(language)}`,
      },
      canonicalUrl: `${environment().STOREFRONT_URL}${path}${asked === null ? '' : year}`,
    },
    { headers: { 'Cache-Control': `public, max-age=${FIGURES_MAX_AGE_SECONDS}` } },
  );
}
