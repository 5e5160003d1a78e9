import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { PRODUCT_IMAGE_MAX_BYTES, PRODUCT_IMAGE_MAX_FILES } from '@nguongoc/contracts';
import type { RequestHandler } from 'express';
import multer from 'multer';

/** A product image as multer keeps it in memory, with the type its first bytes say. */
export interface UploadedImage {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * The type an image's first bytes say, never the name or the declared type: JPEG (FF D8 FF),
 * PNG (its 8-byte signature, RFC 2083 section 3.1), WebP (RIFF … WEBP). Anything else: undefined.
 */
export function imageTypeOf(data: Buffer): ImageType | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'image/jpeg';
  }
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return undefined;
}

const MIB = PRODUCT_IMAGE_MAX_BYTES / 2 ** 20;

// The local declaration of multer (order-imports/_multer.d.ts) names only `single`.
type ManyFiles = { array(field: string, maxCount: number): RequestHandler };
const parse = (
  multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: PRODUCT_IMAGE_MAX_BYTES,
      files: PRODUCT_IMAGE_MAX_FILES,
      fields: 0,
    },
    defParamCharset: 'utf8',
  }) as unknown as ManyFiles
).array('files', PRODUCT_IMAGE_MAX_FILES);

const tooLarge = (res: MedusaResponse) =>
  res.status(413).json({
    type: 'invalid_data',
    message: `Ảnh quá lớn hoặc quá nhiều: tối đa ${PRODUCT_IMAGE_MAX_FILES} ảnh, mỗi ảnh ${MIB} MiB / too large or too many images: at most ${PRODUCT_IMAGE_MAX_FILES} images of ${MIB} MiB each`,
  });

const LIMITS = new Set(['LIMIT_FILE_SIZE', 'LIMIT_FILE_COUNT', 'LIMIT_PART_COUNT']);

/**
 * Product images as `multipart/form-data` (field `files`, each JPEG, PNG or WebP of at most
 * 5 MiB, at most 8), checked before any work: a body whose declared length is already past the
 * limits is refused at once and multer stops reading at each limit (413); no image, another
 * field, or a file whose first bytes are not an image of those types is a 400.
 */
export function imageUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  // Room for the multipart headers around each file.
  const most = PRODUCT_IMAGE_MAX_FILES * (PRODUCT_IMAGE_MAX_BYTES + 16 * 1024);
  if (Number(req.headers['content-length'] ?? 0) > most) {
    req.resume();
    tooLarge(res);
    return;
  }
  parse(req, res, (error?: unknown) => {
    if (LIMITS.has((error as { code?: string } | undefined)?.code ?? '')) {
      tooLarge(res);
      return;
    }
    if (error) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Không đọc được ảnh gửi lên (chỉ trường "files") / the upload could not be read (only the field "files"): ${(error as Error).message}`,
        ),
      );
      return;
    }
    const files = (req as MedusaRequest & { files?: UploadedImage[] }).files ?? [];
    if (files.length === 0) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          'files: gửi ảnh dạng multipart/form-data, trường "files" / send the images as multipart/form-data, field "files"',
        ),
      );
      return;
    }
    const wrong = files.find((file) => !imageTypeOf(file.buffer));
    if (wrong) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: "${wrong.originalname}" không phải ảnh JPEG, PNG hoặc WebP / is not a JPEG, PNG or WebP image`,
        ),
      );
      return;
    }
    next();
  });
}
