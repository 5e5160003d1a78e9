import { randomUUID } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import type { PilotReportFile } from '@nguongoc/contracts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export type ReportFormat = keyof typeof TYPES;

/**
 * Writes a report file through Medusa's File Module and answers its download URL, so that the
 * bytes never travel inside a JSON answer and several servers can share one store (S3). The
 * file is private: its URL is the one the provider gives for downloading it (signed on S3). The
 * local provider serves even private files under /static to whoever knows the name, so the
 * stored name carries a random UUID: the URL is the only key to the file, as a signed one is.
 * `filename` is the name to save it as, without the UUID or the provider's own additions.
 */
export async function saveReportFile(
  container: MedusaContainer,
  name: string,
  format: ReportFormat,
  bytes: Buffer,
): Promise<PilotReportFile> {
  const files = container.resolve(Modules.FILE);
  const filename = `${name}.${format}`;
  const created = await files.createFiles({
    filename: `${name}-${randomUUID()}.${format}`,
    mimeType: TYPES[format],
    content: bytes.toString('base64'),
    access: 'private',
  });
  const { url } = await files.retrieveFile(created.id);
  return { id: created.id, url, filename, mime_type: TYPES[format] };
}
