import type { Translate } from '../i18n';
import type { TraceView } from './trace-view.server';

/**
 * What the verification script says, in the page's language (sent in the page as JSON): the
 * script holds no text of its own. `checked` is what a verified bundle proves about the page's
 * lot; the script shows it only when the bundle it verified is the one the page was made from.
 */
export interface TraceMessages {
  checking: string;
  verified: string;
  checked: string[];
  failed: string;
  newerCheckpoint: string;
  pageDiffers: string;
  fetchFailed: string;
  cloned: string;
  /** The scan request failed: no verdict, said instead of silence (issue #22). */
  scanFailed: string;
  shareProvince: string;
  shareProvinceHint: string;
  provinceNone: string;
  /** The 34 provinces the buyer may choose to share, by code, named in the page's language. */
  provinces: { code: string; name: string }[];
}

export function traceMessages(
  t: Translate,
  view: TraceView,
  provinces: TraceMessages['provinces'] = [],
): TraceMessages {
  const counts = {
    origin: view.origin,
    size: view.checkpointSize ?? '?',
    events: view.steps.length,
    records: view.recordCount,
  };
  return {
    checking: t('tracePage.checking'),
    verified: t('tracePage.verified'),
    checked: [
      t('tracePage.checkedSignature', counts),
      t('tracePage.checkedEvents', counts),
      t('tracePage.checkedInclusion', counts),
    ],
    failed: t('tracePage.failed'),
    newerCheckpoint: t('tracePage.newerCheckpoint'),
    pageDiffers: t('tracePage.pageDiffers'),
    fetchFailed: t('tracePage.fetchFailed'),
    cloned: t('tracePage.cloned'),
    scanFailed: t('tracePage.scanFailed'),
    shareProvince: t('tracePage.shareProvince'),
    shareProvinceHint: t('tracePage.shareProvinceHint'),
    provinceNone: t('tracePage.provinceNone'),
    provinces,
  };
}
