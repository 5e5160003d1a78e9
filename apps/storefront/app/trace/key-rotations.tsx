import { type KeyRotation, type LotBundle, keyFingerprint } from '@nguongoc/trace-core';
import { formatDate } from '@nguongoc/vn-locale';
import type { Language } from '../i18n';

// Key rotations of the lot's ledger (ADR 035): the bundle carries every `key-rotation` record
// before its checkpoint, and the browser verifies them with the other records. The page says
// when the cooperative's signing key changed, and which key signs now.

/** A key rotation as the page shows it. */
export interface KeyRotationView {
  at: string;
  dateText: string;
  fingerprint: string;
}

/** The key rotations in a bundle, oldest first. A malformed one is left to the verification. */
export function keyRotationsOf(bundle: LotBundle, language: Language): KeyRotationView[] {
  return bundle.records
    .map((item) => item.record)
    .filter((record): record is KeyRotation => record.type === 'key-rotation')
    .flatMap((rotation) => {
      try {
        return [
          {
            at: rotation.at,
            dateText: formatDate(new Date(rotation.at), language),
            fingerprint: keyFingerprint(rotation.newKey),
          },
        ];
      } catch {
        return [];
      }
    });
}

const TEXT = {
  changed: {
    vi: 'Khoá ký của hợp tác xã đã đổi ngày {date}.',
    en: "The cooperative's signing key changed on {date}.",
  },
  fingerprint: {
    vi: 'Dấu vân tay khoá mới: {fingerprint}',
    en: 'Fingerprint of the new key: {fingerprint}',
  },
} as const;

/** "The cooperative's signing key changed on <date>", once per rotation; nothing without one. */
export function KeyRotations({
  rotations,
  language,
}: {
  rotations: readonly KeyRotationView[];
  language: Language;
}) {
  if (rotations.length === 0) return null;
  return (
    <ul className="key-rotations">
      {rotations.map((rotation) => (
        <li key={rotation.fingerprint} data-key-rotation={rotation.at}>
          {TEXT.changed[language].replace('{date}', rotation.dateText)}{' '}
          <small>{TEXT.fingerprint[language].replace('{fingerprint}', rotation.fingerprint)}</small>
        </li>
      ))}
    </ul>
  );
}
