import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { IFileModuleService, MedusaContainer } from '@medusajs/framework/types';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import { ORDER_FILE_MAX_BYTES, orderFileName } from '@nguongoc/contracts';
import multer from 'multer';

/** The uploaded order export, as multer keeps it in memory. */
export interface UploadedOrderFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: ORDER_FILE_MAX_BYTES, files: 1, fields: 10 },
  // File names are UTF-8 (`đơn-hàng.xlsx`), not Latin-1 as busboy assumes.
  defParamCharset: 'utf8',
}).single('file');

const tooLarge = (res: MedusaResponse) =>
  res.status(413).json({
    type: 'invalid_data',
    message: `Tệp quá lớn: tối đa ${ORDER_FILE_MAX_BYTES / 2 ** 20} MiB / the file is too large: at most ${ORDER_FILE_MAX_BYTES / 2 ** 20} MiB`,
  });

/**
 * The order export as `multipart/form-data` (field `file`), checked as @nguongoc/contracts says
 * (`ORDER_FILE_MAX_BYTES`, `orderFileName`) before any work: a body
 * whose declared length is already too large is refused at once, and multer stops reading at
 * the limit (413); no file, or one that is not .xlsx or .csv, is a 400.
 */
export function orderFileUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  // Room for the multipart headers around the file.
  if (Number(req.headers['content-length'] ?? 0) > ORDER_FILE_MAX_BYTES + 64 * 1024) {
    tooLarge(res);
    return;
  }
  parse(req, res, (error?: unknown) => {
    if ((error as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE') {
      tooLarge(res);
      return;
    }
    if (error) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Không đọc được tệp gửi lên / the upload could not be read: ${(error as Error).message}`,
        ),
      );
      return;
    }
    const file = (req as MedusaRequest & { file?: UploadedOrderFile }).file;
    if (!file) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          'file: gửi tệp đơn hàng dạng multipart/form-data, trường "file" / send the order export as multipart/form-data, field "file"',
        ),
      );
      return;
    }
    if (!orderFileName.safeParse(file.originalname).success) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file: "${file.originalname}" phải là tệp .xlsx hoặc .csv / must be an .xlsx or .csv file`,
        ),
      );
      return;
    }
    next();
  });
}

/** Puts the upload in the File Module (private), for the import workflow to read by key. */
export async function stageOrderFile(
  scope: MedusaContainer,
  file: UploadedOrderFile,
): Promise<{ id: string; name: string }> {
  const extension = file.originalname.split('.').pop()!.toLowerCase();
  const upload = await scope.resolve<IFileModuleService>(Modules.FILE).getUploadStream({
    filename: `order-import.${extension}`,
    mimeType: TYPES[extension]!,
    access: 'private',
  });
  upload.writeStream.end(file.buffer);
  const { key } = await upload.promise;
  return { id: key, name: file.originalname };
}
