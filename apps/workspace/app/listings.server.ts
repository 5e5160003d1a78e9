// The cooperative's exchange listings (`/coop/channels`): each product × exchange ready or not
// with every failing rule in plain words and the product field that fixes it; the exports, the
// cooperative's shop on each exchange, and a listing's address once it is live.
import type { ChannelExportAnswer, ChannelsAnswer, ExchangeId } from '@nguongoc/contracts';
import { EXCHANGE_IDS } from '@nguongoc/contracts';
import { backendJson } from './backend.server';
import { staticPath } from './backend-file.server';
import type { SignedIn } from './session.server';

export function channels(request: Request, account: SignedIn) {
  return backendJson<ChannelsAnswer>(request, account, '/coop/channels');
}

export function isExchange(value: unknown): value is ExchangeId {
  return typeof value === 'string' && (EXCHANGE_IDS as readonly string[]).includes(value);
}

/** A file of an export as a link: through this server for the backend's own files. */
export function downloadLink(file: { name: string; url: string }): { name: string; href: string } {
  const path = staticPath(file.url);
  return {
    name: file.name,
    href: path
      ? `/listings/file?${new URLSearchParams({ path, name: file.name }).toString()}`
      : file.url,
  };
}

export async function exportListings(
  request: Request,
  account: SignedIn,
  exchange: ExchangeId,
  changedOnly: boolean,
) {
  const answer = await backendJson<ChannelExportAnswer>(
    request,
    account,
    `/coop/channels/${exchange}/exports`,
    { body: { changed_only: changedOnly } },
  );
  return {
    exchange: answer.exchange,
    workbook: downloadLink(answer.workbook),
    archive: downloadLink(answer.archive),
    exported: answer.exported,
    unchanged: answer.unchanged,
    refused: answer.refused,
  };
}

export function saveAccount(
  request: Request,
  account: SignedIn,
  exchange: ExchangeId,
  shop: { shop_name: string; shop_url: string | null },
) {
  return backendJson(request, account, `/coop/channels/${exchange}/account`, { body: shop });
}

export function saveListingUrl(
  request: Request,
  account: SignedIn,
  listingId: string,
  externalUrl: string | null,
) {
  return backendJson(request, account, `/coop/channel-listings/${encodeURIComponent(listingId)}`, {
    body: externalUrl ? { external_url: externalUrl, status: 'live' } : { external_url: null },
  });
}
