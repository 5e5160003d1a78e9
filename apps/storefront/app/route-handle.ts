// What a route module may export as `handle`. `hydrate: false` makes root render no <Scripts />
// and no <ScrollRestoration />: the page ships no Remix or React JavaScript at all (the trace
// page on a cheap phone over 3G). Its forms and links still work, as plain HTML.
import type { UIMatch } from '@remix-run/react';

export interface RouteHandle {
  hydrate?: boolean;
  /** CSS that root inlines in the head (a page small enough to carry all of its style). */
  criticalCss?: string;
}

/** False when any matched route asks for no JavaScript. */
export function shouldHydrate(matches: readonly Pick<UIMatch, 'handle'>[]): boolean {
  return !matches.some((match) => (match.handle as RouteHandle | undefined)?.hydrate === false);
}

/** The inline CSS that matched routes ask for, in route order. */
export function criticalCss(matches: readonly Pick<UIMatch, 'handle'>[]): string {
  return matches
    .map((match) => (match.handle as RouteHandle | undefined)?.criticalCss ?? '')
    .join('');
}
