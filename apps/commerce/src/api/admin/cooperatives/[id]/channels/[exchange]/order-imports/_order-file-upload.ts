import type { MedusaRequest } from '@medusajs/framework/http';
import type { IFileModuleService, MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { ORDER_FILE_MAX_BYTES, orderFileName } from '@nguongoc/contracts';
import { type UploadedFile, multipartUpload } from '#api/_upload/multipart-upload';

/** The uploaded order export, as multer keeps it in memory. */
export type UploadedOrderFile = UploadedFile;

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const MIB = ORDER_FILE_MAX_BYTES / 2 ** 20;

/**
 * The order export as `multipart/form-data` (field `file`, one file), checked as
 * @nguongoc/contracts says (`ORDER_FILE_MAX_BYTES`, `orderFileName`) before any work: too large
 * is a 413; no file, or one that is not .xlsx or .csv, is a 400.
 */
export const orderFileUpload = multipartUpload({
  field: 'file',
  maxFiles: 1,
  maxBytes: ORDER_FILE_MAX_BYTES,
  maxFields: 10,
  tooLarge: `Tệp quá lớn hoặc nhiều hơn một tệp: tối đa 1 tệp ${MIB} MiB / the file is too large, or more than one: at most 1 file of ${MIB} MiB`,
  unreadable: 'Không đọc được tệp gửi lên / the upload could not be read',
  missing:
    'file: gửi tệp đơn hàng dạng multipart/form-data, trường "file" / send the order export as multipart/form-data, field "file"',
  refuse: (file) =>
    orderFileName.safeParse(file.originalname).success
      ? undefined
      : `file: "${file.originalname}" phải là tệp .xlsx hoặc .csv / must be an .xlsx or .csv file`,
});

/** The one file `orderFileUpload` took. */
export function orderFileOf(req: MedusaRequest): UploadedOrderFile {
  return (req as MedusaRequest & { files: UploadedOrderFile[] }).files[0]!;
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
