import { PRODUCT_IMAGE_MAX_BYTES, PRODUCT_IMAGE_MAX_FILES } from '@nguongoc/contracts';
import { type UploadedFile, multipartUpload } from '#api/_upload/multipart-upload';

/** A product image as multer keeps it in memory. */
export type UploadedImage = UploadedFile;

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

/**
 * Product images as `multipart/form-data` (field `files`, each JPEG, PNG or WebP of at most
 * 5 MiB, at most 8, nothing else), checked before any work: too large or too many is a 413; no
 * image, another field, or a file whose first bytes are not an image of those types is a 400.
 */
export const imageUpload = multipartUpload({
  field: 'files',
  maxFiles: PRODUCT_IMAGE_MAX_FILES,
  maxBytes: PRODUCT_IMAGE_MAX_BYTES,
  maxFields: 0,
  tooLarge: `Ảnh quá lớn hoặc quá nhiều: tối đa ${PRODUCT_IMAGE_MAX_FILES} ảnh, mỗi ảnh ${MIB} MiB / too large or too many images: at most ${PRODUCT_IMAGE_MAX_FILES} images of ${MIB} MiB each`,
  unreadable:
    'Không đọc được ảnh gửi lên (chỉ trường "files") / the upload could not be read (only the field "files")',
  missing:
    'files: gửi ảnh dạng multipart/form-data, trường "files" / send the images as multipart/form-data, field "files"',
  refuse: (file) =>
    imageTypeOf(file.buffer)
      ? undefined
      : `files: "${file.originalname}" không phải ảnh JPEG, PNG hoặc WebP / is not a JPEG, PNG or WebP image`,
});
