import {
  type Location,
  type LotBundle,
  type OcopRating,
  type StoryStep,
  lotStory,
  parseCheckpoint,
} from '@nguongoc/trace-core';
import { communeLabel } from '@nguongoc/vn-admin-units';
import { formatDate, formatDateTime, parseVietnamTime } from '@nguongoc/vn-locale';
import type { Language } from '../i18n';
import { type KeyRotationView, keyRotationsOf } from './key-rotations';

/** What the trace page shows of a lot, read from its bundle (which the browser then verifies). */
export interface TraceView {
  code: string;
  lotNumber: string | undefined;
  productName: string | undefined;
  gtin: string | undefined;
  producer: { name: string; place: string | undefined } | undefined;
  ocop: (OcopRating & { expiresOnText: string }) | undefined;
  plantingArea: { name: string; code: string | undefined; place: string | undefined } | undefined;
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

/** The page's content in `language`, from a lot bundle as the backend served it. */
export function traceView(bundle: LotBundle, language: Language): TraceView {
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
    },
    plantingArea: location && {
      name: location.name,
      code: location.plantingAreaCode,
      place: place(location.communeCode),
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
