import {
  type Location,
  type LotBundle,
  type OcopRating,
  type OcopStatus,
  type StoryStep,
  lotStory,
  ocopStatus,
  parseCheckpoint,
} from '@nguongoc/trace-core';
import { communeLabel } from '@nguongoc/vn-admin-units';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  parseVietnamTime,
  vietnamToday,
} from '@nguongoc/vn-locale';
import type { Language } from '../i18n';
import { type KeyRotationView, keyRotationsOf } from './key-rotations';

/** What the trace page shows of a lot, read from its bundle (which the browser then verifies). */
export interface TraceView {
  code: string;
  lotNumber: string | undefined;
  productName: string | undefined;
  gtin: string | undefined;
  producer: { name: string; place: string | undefined } | undefined;
  /** The product record's rating; `expired` ones are shown as a date, never as stars (ADR 039). */
  ocop: (OcopRating & { expiresOnText: string; status: OcopStatus }) | undefined;
  plantingArea:
    | {
        name: string;
        code: string | undefined;
        place: string | undefined;
        /** `1,25` / `1.25`: hectares as the page's language writes them. */
        areaText: string | undefined;
        crop: string | undefined;
        variety: string | undefined;
      }
    | undefined;
  /** The household that grew the lot (the lot's `householdId`, an organisation of the bundle). */
  household: { name: string; place: string | undefined } | undefined;
  /** The lot's story; `timeText` is `time` (Vietnam time) as the page's language writes it. */
  steps: (StoryStep & { timeText: string })[];
  /** Master-data records in the bundle (lot, product, producer, places). */
  recordCount: number;
  /** The ledger and the checkpoint the page was rendered from. */
  origin: string;
  checkpointSize: number | undefined;
  /** When the ledger's signing key changed (ADR 035), oldest first. */
  keyRotations: KeyRotationView[];
}

/**
 * The page's content in `language`, from a lot bundle as the backend served it. `today`
 * (Vietnam's, `YYYY-MM-DD`) decides whether the OCOP rating still holds.
 */
export function traceView(
  bundle: LotBundle,
  language: Language,
  today: string = vietnamToday(),
): TraceView {
  const story = lotStory(bundle, language);
  const place = (communeCode: string | undefined) =>
    communeCode === undefined ? undefined : communeLabel(communeCode, language);
  const location: Location | undefined =
    story.location ??
    bundle.records
      .map((item) => item.record)
      .find(
        (record): record is Location => record.type === 'location' && !!record.plantingAreaCode,
      );
  let checkpointSize: number | undefined;
  try {
    // The note's body ends at its first blank line; its signatures follow.
    checkpointSize = parseCheckpoint(
      bundle.checkpoint.slice(0, bundle.checkpoint.indexOf('\n\n') + 1),
    ).size;
  } catch {
    checkpointSize = undefined; // The browser's verification names what is wrong with it.
  }
  return {
    code: bundle.lot,
    lotNumber: story.lot?.code,
    productName:
      language === 'en' ? (story.product?.nameEn ?? story.product?.name) : story.product?.name,
    gtin: story.product?.gtin,
    producer: story.organisation && {
      name: story.organisation.name,
      place: place(story.organisation.communeCode),
    },
    ocop: story.ocop && {
      ...story.ocop,
      expiresOnText: formatDate(parseVietnamTime(story.ocop.expiresOn), language),
      status: statusOf(story.ocop.expiresOn, today),
    },
    plantingArea: location && {
      name: location.name,
      code: location.plantingAreaCode,
      place: place(location.communeCode),
      areaText:
        typeof location.areaHectares === 'number'
          ? formatNumber(location.areaHectares, language, { fractionDigits: 2 })
          : undefined,
      crop: location.crop,
      variety: location.variety,
    },
    household: story.household && {
      name: story.household.name,
      place: place(story.household.communeCode),
    },
    steps: story.steps.map((step) => ({
      ...step,
      timeText: formatDateTime(parseVietnamTime(step.time), language),
    })),
    recordCount: bundle.records.length,
    origin: bundle.origin,
    checkpointSize,
    keyRotations: keyRotationsOf(bundle, language),
  };
}

/** A rating whose expiry is not a real day (a hand-made bundle) is not shown as stars either. */
function statusOf(expiresOn: string, today: string): OcopStatus {
  try {
    return ocopStatus({ expiresOn }, today);
  } catch {
    return 'expired';
  }
}
