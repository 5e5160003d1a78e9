// A worker thread that makes QR codes for a large job: choosing each code's mask (ISO/IEC 18004
// section 7.8.3, eight penalty scores) is most of the work of a label, and a second core can do it
// while the main thread writes the PDF.
import { parentPort } from 'node:worker_threads';
import type { Message } from '@nguongoc/vn-locale';
import { LabelError } from './errors.js';
import { type EccLevel, qrMatrix } from './qr-code.js';

export interface QrWorkRequest {
  id: number;
  texts: string[];
  ecc: EccLevel;
}

export type QrWorkAnswer =
  | { id: number; sizes: number[]; versions: number[]; dark: Uint8Array[] }
  | { id: number; failed: { index: number; code: string; reason: Message } };

parentPort?.on('message', ({ id, texts, ecc }: QrWorkRequest) => {
  const sizes: number[] = [];
  const versions: number[] = [];
  const dark: Uint8Array[] = [];
  for (let index = 0; index < texts.length; index++) {
    try {
      const matrix = qrMatrix(texts[index]!, ecc);
      sizes.push(matrix.size);
      versions.push(matrix.version);
      dark.push(matrix.dark);
    } catch (error) {
      if (!(error instanceof LabelError)) throw error;
      const failed = {
        index,
        code: error.code,
        reason: error.reason,
      };
      parentPort!.postMessage({ id, failed } satisfies QrWorkAnswer);
      return;
    }
  }
  parentPort!.postMessage(
    { id, sizes, versions, dark } satisfies QrWorkAnswer,
    dark.map((d) => d.buffer as ArrayBuffer),
  );
});
