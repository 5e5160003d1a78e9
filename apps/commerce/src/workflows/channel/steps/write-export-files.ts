import { randomBytes } from 'node:crypto';
import type { IFileModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { type ExchangeId, type RuleFinding, connectors } from '@nguongoc/connectors';
import { CHANNEL_MODULE } from '../../../modules/channel';
import type ChannelModuleService from '../../../modules/channel/service';
import { cooperativeCatalogue } from '../catalogue';
import { categoryMappingsOf } from '../category-mappings';

export interface ExportFile {
  /** The File Module's key of the file, for its download URL. */
  id: string;
  /** The name the exchange expects, for the download. */
  name: string;
}

export interface ExportFiles {
  workbook: ExportFile;
  archive: ExportFile;
  /** What was exported, with its listing's product and the payload hash now recorded. */
  exported: { sku: string; product_id: string; hash: string }[];
  unchanged: string[];
  refused: { sku: string; product_id: string; findings: RuleFinding[] }[];
}

const TYPES = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  archive: 'application/zip',
};

/**
 * The exchange's bulk-upload workbook and images archive for the cooperative's ready products
 * (all of them, or those whose payload changed since their last export), written through the
 * File Module; the answer carries the files' keys, never their bytes. Undone by deleting them.
 */
export const writeExportFilesStep = createStep(
  'write-channel-export-files',
  async (
    input: { cooperative_id: string; exchange: ExchangeId; changed_only: boolean },
    { container },
  ) => {
    const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
    const connector = connectors[input.exchange];
    const [entries, listings, categoryMappings] = await Promise.all([
      cooperativeCatalogue(container, input.cooperative_id),
      channel.listChannelListings({
        cooperative_id: input.cooperative_id,
        exchange: input.exchange,
      }),
      categoryMappingsOf(channel, input.exchange),
    ]);
    const productOf = new Map(entries.map((entry) => [entry.product.sku, entry.productId]));
    const refused: ExportFiles['refused'] = [];
    const ready = [];
    for (const entry of entries) {
      const errors = entry.findings.filter((finding) => finding.severity === 'error');
      if (errors.length > 0) {
        refused.push({ sku: entry.product.sku, product_id: entry.productId, findings: errors });
      } else ready.push(entry.product);
    }
    const previousHashes = new Map<string, string>();
    if (input.changed_only) {
      for (const listing of listings) {
        const sku = entries.find((entry) => entry.productId === listing.product_id)?.product.sku;
        if (sku && listing.last_export_hash) previousHashes.set(sku, listing.last_export_hash);
      }
    }
    const result = await connector.exportCatalogue(ready, { previousHashes, categoryMappings });
    for (const validation of result.refused) {
      refused.push({
        sku: validation.sku,
        product_id: productOf.get(validation.sku)!,
        findings: validation.findings,
      });
    }

    const files = container.resolve<IFileModuleService>(Modules.FILE);
    const written: string[] = [];
    try {
      const workbook = await writeFile(files, result.workbookName, TYPES.workbook, result.workbook);
      written.push(workbook.id);
      const archive = await writeFile(files, result.archiveName, TYPES.archive, result.archive);
      written.push(archive.id);
      const answer: ExportFiles = {
        workbook,
        archive,
        exported: result.exported.map(({ sku, hash }) => ({
          sku,
          hash,
          product_id: productOf.get(sku)!,
        })),
        unchanged: result.unchanged,
        refused,
      };
      return new StepResponse(answer, written);
    } catch (error) {
      // A step that fails is not compensated: what it wrote before failing goes here.
      if (written.length > 0) await files.deleteFiles(written);
      throw error;
    }
  },
  async (written, { container }) => {
    if (!written?.length) return;
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(written);
  },
);

/**
 * Writes bytes through the File Module's upload stream (no base64 copy of a 100 MiB archive).
 * Private: S3 answers a signed, expiring URL. The name gets a random part so that an export's
 * address cannot be guessed from its exchange and the time.
 */
async function writeFile(
  files: IFileModuleService,
  name: string,
  mimeType: string,
  bytes: Uint8Array,
): Promise<ExportFile> {
  const dot = name.lastIndexOf('.');
  const filename = `${name.slice(0, dot)}-${randomBytes(8).toString('hex')}${name.slice(dot)}`;
  const upload = await files.getUploadStream({ filename, mimeType, access: 'private' });
  upload.writeStream.end(bytes);
  const { key } = await upload.promise;
  return { id: key, name };
}
