import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { IFileModuleService } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import {
  type OrderImportAnswer,
  type OrderImportsAnswer,
  importProblem,
  readAnswer,
} from '@nguongoc/contracts';
import { z } from 'zod';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';
import { importOrdersWorkflow } from '#workflows/channel/import-orders';
import { exchangeOf } from '../_exchange';
import { orderFileOf, stageOrderFile } from './_order-file-upload';

const problemList = z.array(importProblem);

/** GET /admin/cooperatives/:id/channels/:exchange/order-imports: past imports, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const exchange = exchangeOf(req.params.exchange);
  const imports = await channel.listOrderImports(
    { cooperative_id: cooperative.id, exchange },
    { order: { created_at: 'DESC' }, take: 50 },
  );
  res.json({
    imports: imports.map((record) => ({
      ...record,
      exchange,
      // A JSON column: its problems are checked as read, so the answer holds what it says.
      problems: readAnswer(problemList, record.problems, `imports[${record.id}].problems`),
      created_at: record.created_at.toISOString(),
    })),
  } satisfies OrderImportsAnswer);
}

/**
 * POST /admin/cooperatives/:id/channels/:exchange/order-imports: an order export of the exchange
 * (multipart/form-data, field `file`: .xlsx or .csv, at most 15 MiB, checked before anything is
 * read) into the sales ledger. The answer says what was read, kept, created, updated and left
 * unchanged, and every refused row with its row, column and reason.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const exchange = exchangeOf(req.params.exchange);
  // Staged in the File Module: the workflow takes the file's key, not its bytes.
  const file = await stageOrderFile(req.scope, orderFileOf(req));
  try {
    const { result } = await importOrdersWorkflow(req.scope).run({
      input: { cooperative_id: cooperative.id, exchange, file },
    });
    res.status(201).json({ import: result } satisfies OrderImportAnswer);
  } finally {
    // The upload was only the workflow's input: an import keeps the file's name and hash.
    await req.scope
      .resolve<IFileModuleService>(Modules.FILE)
      .deleteFiles(file.id)
      .catch((error: unknown) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`[channels] upload ${file.id} not deleted: ${(error as Error).message}`),
      );
  }
}
