// What a route module may export as `handle`. `hydrate: false` makes root render no <Scripts />
// and no <ScrollRestoration />: the page ships no Remix or React JavaScript at all (the trace
// page on a cheap phone over 3G). Its forms and links still work, as plain HTML.
import type { UIMatch } from '@remix-run/react';

export interface RouteHandle {
  hydrate?: boolean;
}

/** False when any matched route asks for no JavaScript. */
export function shouldHydrate(matches: readonly Pick<UIMatch, 'handle'>[]): boolean {
  return !matches.some((match) => (match.handle as RouteHandle | undefined)?.hydrate === false);
}
