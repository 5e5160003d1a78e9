import type { Message } from '@nguongoc/vn-locale';
import { base64ToBytes, bytesToBase64 } from '../_bytes.js';
import { type NoteSignature, verifyCheckpoint } from '../checkpoint/checkpoint.js';
import { epcisEventHash } from '../epcis/event-hash.js';
import { ledgerLeafHash } from '../ledger/ledger-entry.js';
import { verifyInclusion } from '../merkle/verify-proof.js';
import type { MasterRecord } from '../model/records.js';
import type { CheckName, VerificationFailure } from '../verification.js';
import {
  type BundleEvent,
  type BundleRecord,
  LOT_BUNDLE_FORMAT,
  type LotBundle,
} from './lot-bundle.js';

/** The structured answer of {@link verifyLotBundle}: never a bare boolean. */
export interface LotBundleVerification {
  /** True only when every check passed. */
  ok: boolean;
  lot?: string;
  /** The checkpoint the proofs were checked against, when its note parsed. */
  checkpoint?: { origin: string; size: number; root: string };
  signatures: NoteSignature[];
  /** One row per event of the bundle, in ledger order. */
  events: { eventId: string; leafIndex: number; ok: boolean }[];
  records: { type: string; id: string; ok: boolean }[];
  failures: VerificationFailure[];
}

export interface VerifyLotBundleOptions {
  /** Key names that must each have signed the checkpoint (e.g. the provincial co-signer). */
  required?: readonly string[];
}

/**
 * Verifies a lot bundle as a consumer's phone does, trusting only `trustedKeys` (signed-note
 * verifier keys of the ledger and any co-signer):
 *
 * 1. the checkpoint note parses, names the bundle's ledger and carries a valid signature by the
 *    ledger's own key (its name is the origin) and by every `required` co-signer;
 * 2. every master-data record is a leaf under the checkpoint root (RFC 9162 inclusion proof);
 * 3. every event's CBV 2.0 hash ID, recomputed from the event itself, equals the recorded ID
 *    (and the event's own `eventID`, when it carries one);
 * 4. the events are in ledger order and each names the one before it (the per-lot chain), so a
 *    bundle that drops an event in the middle fails on the next one;
 * 5. every event leaf (ID, lot, previous) is under the checkpoint root.
 *
 * Each failure names its check, the event or record, and a Vietnamese and English reason. A
 * bundle that is not even shaped like one gets a `bundle-shape` failure; this never throws on bad
 * bundle input.
 *
 * @throws TypeError / TraceFormatError only for bad `trustedKeys` (a programming error).
 * @example
 * const result = verifyLotBundle(await (await fetch(url)).json(), [ledgerVerifierKey]);
 * if (result.ok) show('Đã xác minh'); else show(result.failures[0].reason.vi);
 */
export function verifyLotBundle(
  bundle: unknown,
  trustedKeys: readonly string[],
  options: VerifyLotBundleOptions = {},
): LotBundleVerification {
  if (!Array.isArray(trustedKeys) || trustedKeys.some((key) => typeof key !== 'string')) {
    throw new TypeError('trustedKeys: expected an array of verifier key strings');
  }
  const result: LotBundleVerification = {
    ok: false,
    signatures: [],
    events: [],
    records: [],
    failures: [],
  };
  const fail = (check: CheckName, subject: string, reason: Message) =>
    result.failures.push({ check, subject, reason });

  const shapeError = checkShape(bundle);
  if (shapeError !== undefined) {
    result.failures.push({
      check: 'bundle-shape',
      reason: {
        vi: `đây không phải gói dữ liệu lô hàng: ${shapeError.vi}`,
        en: `this is not a lot bundle: ${shapeError.en}`,
      },
    });
    return result;
  }
  const lotBundle = bundle as LotBundle;
  result.lot = lotBundle.lot;

  // The ledger signs its own checkpoints under its origin's name; co-signers come on top.
  const checkpoint = verifyCheckpoint(lotBundle.checkpoint, trustedKeys, {
    origin: lotBundle.origin,
    required: [lotBundle.origin, ...(options.required ?? [])],
  });
  result.signatures = checkpoint.signatures;
  result.failures.push(...checkpoint.failures);
  if (checkpoint.checkpoint === undefined) return result;
  const { size, root } = checkpoint.checkpoint;
  result.checkpoint = { origin: checkpoint.checkpoint.origin, size, root: bytesToBase64(root) };

  const included = (leafHash: Uint8Array, item: BundleRecord | BundleEvent) => {
    const proof = item.proof.map((hash) => base64ToBytes(hash) ?? new Uint8Array());
    return verifyInclusion({ leafHash, leafIndex: item.leafIndex, treeSize: size, proof, root });
  };

  for (const item of lotBundle.records) {
    const { type, id } = item.record;
    const ok = included(ledgerLeafHash({ type: 'record', record: item.record }), item);
    if (!ok) {
      fail('record-inclusion', `${type}:${id}`, {
        vi: `bản ghi ${RECORD_TYPES_VI[type] ?? type} ${id} không có trong sổ cái đã ký như đang hiển thị (đã bị sửa hoặc chưa được ghi)`,
        en: `the ${type} record ${id} is not in the signed ledger as shown (edited or not recorded)`,
      });
    }
    result.records.push({ type, id, ok });
  }
  if (
    !lotBundle.records.some(
      (item) => item.record.type === 'lot' && item.record.id === lotBundle.lot,
    )
  ) {
    fail('bundle-shape', lotBundle.lot, {
      vi: `gói dữ liệu thiếu bản ghi của lô ${lotBundle.lot}`,
      en: `the bundle lacks the record of lot ${lotBundle.lot}`,
    });
  }

  let previous: BundleEvent | undefined;
  for (const item of lotBundle.events) {
    const failuresBefore = result.failures.length;
    let recomputed: string | undefined;
    try {
      recomputed = epcisEventHash(item.event as Record<string, unknown>, lotBundle.context);
    } catch {
      // Malformed: reported below as an event whose content no longer hashes to its ID.
    }
    const claimed = (item.event as { eventID?: unknown }).eventID;
    if (recomputed !== item.eventId || (claimed !== undefined && claimed !== item.eventId)) {
      fail('event-id', item.eventId, {
        vi: `sự kiện ${item.eventId} đã bị thay đổi: nội dung hiện tại có mã băm ${recomputed ?? 'không tính được (sai định dạng)'}`,
        en: `event ${item.eventId} has been changed: its content now hashes to ${recomputed ?? 'nothing (malformed)'}`,
      });
    }
    if (previous !== undefined && item.leafIndex <= previous.leafIndex) {
      fail('event-order', item.eventId, {
        vi: `sự kiện ${item.eventId} không theo thứ tự trong sổ cái`,
        en: `event ${item.eventId} is out of ledger order`,
      });
    }
    const expectedPrevious = previous?.eventId ?? null;
    if (item.previous !== expectedPrevious) {
      fail('previous-link', item.eventId, {
        vi: `thiếu một sự kiện của lô trước ${item.eventId}: sự kiện này nối tiếp ${item.previous ?? 'không có'}, nhưng gói dữ liệu cho thấy ${expectedPrevious ?? 'không có'} trước nó`,
        en: `an event of this lot is missing before ${item.eventId}: it follows ${item.previous ?? 'nothing'}, but the bundle shows ${expectedPrevious ?? 'nothing'} before it`,
      });
    }
    const entry = {
      type: 'event' as const,
      eventId: item.eventId,
      lot: lotBundle.lot,
      previous: item.previous,
    };
    if (!included(ledgerLeafHash(entry), item)) {
      fail('event-inclusion', item.eventId, {
        vi: `sự kiện ${item.eventId} của lô ${lotBundle.lot} không có trong sổ cái đã ký tại vị trí ${item.leafIndex}`,
        en: `event ${item.eventId} of lot ${lotBundle.lot} is not in the signed ledger at position ${item.leafIndex}`,
      });
    }
    result.events.push({
      eventId: item.eventId,
      leafIndex: item.leafIndex,
      ok: result.failures.length === failuresBefore,
    });
    previous = item;
  }
  result.ok = result.failures.length === 0;
  return result;
}

const RECORD_TYPES_VI: Record<string, string> = {
  organisation: 'tổ chức',
  product: 'sản phẩm',
  location: 'địa điểm',
  lot: 'lô hàng',
  'key-rotation': 'đổi khoá ký',
};

/** Structural check of untrusted JSON; the first problem, in both languages, or undefined. */
function checkShape(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null)
    return { vi: 'cần một đối tượng JSON', en: 'expected a JSON object' };
  const b = value as Record<string, unknown>;
  if (b.format !== LOT_BUNDLE_FORMAT)
    return {
      vi: `định dạng không xác định ${JSON.stringify(b.format)}`,
      en: `unknown format ${JSON.stringify(b.format)}`,
    };
  for (const key of ['origin', 'lot', 'checkpoint'] as const) {
    if (typeof b[key] !== 'string')
      return { vi: `"${key}" phải là chuỗi`, en: `"${key}" must be a string` };
  }
  if (!Array.isArray(b.records) || !Array.isArray(b.events))
    return {
      vi: '"records" và "events" phải là mảng',
      en: '"records" and "events" must be arrays',
    };
  const proved = (item: unknown, where: string) => {
    const i = item as Record<string, unknown> | null;
    if (typeof i !== 'object' || i === null)
      return { vi: `${where} phải là đối tượng`, en: `${where} must be an object` };
    if (!Number.isSafeInteger(i.leafIndex) || (i.leafIndex as number) < 0)
      return {
        vi: `${where}.leafIndex phải là số nguyên không âm`,
        en: `${where}.leafIndex must be a non-negative integer`,
      };
    if (
      !Array.isArray(i.proof) ||
      i.proof.length > 64 ||
      i.proof.some((h) => typeof h !== 'string')
    )
      return {
        vi: `${where}.proof phải là danh sách mã băm base64`,
        en: `${where}.proof must be a list of base64 hashes`,
      };
    return undefined;
  };
  for (const [i, item] of (b.records as unknown[]).entries()) {
    const error = proved(item, `records[${i}]`);
    if (error) return error;
    const record = (item as { record?: Partial<MasterRecord> }).record;
    if (
      typeof record !== 'object' ||
      record === null ||
      typeof record.type !== 'string' ||
      typeof record.id !== 'string'
    ) {
      return {
        vi: `records[${i}].record cần có type và id`,
        en: `records[${i}].record needs a type and an id`,
      };
    }
  }
  for (const [i, item] of (b.events as unknown[]).entries()) {
    const error = proved(item, `events[${i}]`);
    if (error) return error;
    const e = item as Record<string, unknown>;
    if (typeof e.event !== 'object' || e.event === null || typeof e.eventId !== 'string') {
      return {
        vi: `events[${i}] cần có đối tượng event và eventId`,
        en: `events[${i}] needs an event object and its eventId`,
      };
    }
    if (e.previous !== null && typeof e.previous !== 'string')
      return {
        vi: `events[${i}].previous phải là chuỗi hoặc null`,
        en: `events[${i}].previous must be a string or null`,
      };
  }
  return undefined;
}
