import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { IFileModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import type { ChannelExportAnswer, ChannelExportBody, DownloadFile } from '@nguongoc/contracts';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { exportListingsWorkflow } from '#workflows/channel/export-listings';
import { exchangeOf } from '../_exchange';

/**
 * POST /admin/cooperatives/:id/channels/:exchange/exports: the exchange's bulk-upload workbook
 * and images archive for the cooperative's ready products, all or only the changed ones,
 * written through the File Module and answered as download URLs (`workbook.url`,
 * `archive.url`); what was refused comes back with its findings.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ChannelExportBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const exchange = exchangeOf(req.params.exchange);
  const { result } = await exportListingsWorkflow(req.scope).run({
    input: {
      cooperative_id: cooperative.id,
      exchange,
      changed_only: req.validatedBody.changed_only,
    },
  });
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE);
  const download = async ({ id, name }: { id: string; name: string }): Promise<DownloadFile> => ({
    name,
    url: (await files.retrieveFile(id)).url,
  });
  res.json({
    exchange,
    workbook: await download(result.workbook),
    archive: await download(result.archive),
    exported: result.exported.map(({ sku }) => sku),
    unchanged: result.unchanged,
    refused: result.refused.map(({ sku, findings }) => ({ sku, findings })),
  } satisfies ChannelExportAnswer);
}
