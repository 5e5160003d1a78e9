import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import multer from 'multer';

// One mechanism for the routes that take files as multipart/form-data (order exports, product
// images): limits checked before any work, multer reading into memory and stopping at each
// limit, and refusals in both languages. Each route says its field, limits and words.

/** A file as multer keeps it in memory. */
export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface UploadRule {
  /** The multipart field that carries the files. */
  field: string;
  maxFiles: number;
  maxBytes: number;
  /** How many other (text) fields may come. */
  maxFields: number;
  /** The 413 message, `vi / en`: too large (or too many files). */
  tooLarge: string;
  /** What the upload is, `vi / en`, for the 400 when it cannot be read. */
  unreadable: string;
  /** The 400 message, `vi / en`, when no file came. */
  missing: string;
  /** Why a received file is refused (400, `vi / en`), or undefined when it is taken. */
  refuse: (file: UploadedFile) => string | undefined;
}

/** multer's errors for a part past a limit: the body is too large or has too many files. */
const LIMITS = new Set(['LIMIT_FILE_SIZE', 'LIMIT_FILE_COUNT', 'LIMIT_PART_COUNT']);

/**
 * A middleware that takes `rule.field` (1 to `rule.maxFiles` files) as `req.files`: a body whose
 * declared length is already past the limits is refused at once and multer stops reading at
 * each limit (413); no file, a broken body, another field or a file `rule.refuse` refuses is a
 * 400.
 */
export function multipartUpload(rule: UploadRule) {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: rule.maxBytes, files: rule.maxFiles, fields: rule.maxFields },
    // File names are UTF-8 (`đơn-hàng.xlsx`), not Latin-1 as busboy assumes.
    defParamCharset: 'utf8',
  }).array(rule.field, rule.maxFiles);
  // Room for the multipart headers around the files.
  const most = rule.maxFiles * rule.maxBytes + 64 * 1024;
  const tooLarge = (res: MedusaResponse) =>
    res.status(413).json({ type: 'invalid_data', message: rule.tooLarge });
  const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message);

  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
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
        next(invalid(`${rule.unreadable}: ${(error as Error).message}`));
        return;
      }
      const files = (req as MedusaRequest & { files?: UploadedFile[] }).files ?? [];
      if (files.length === 0) {
        next(invalid(rule.missing));
        return;
      }
      for (const file of files) {
        const refusal = rule.refuse(file);
        if (refusal) {
          next(invalid(refusal));
          return;
        }
      }
      next();
    });
  };
}
