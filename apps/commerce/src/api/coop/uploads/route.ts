import { randomUUID } from 'node:crypto';
import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { uploadFilesWorkflow } from '@medusajs/medusa/core-flows';
import type { CoopUploadsAnswer } from '@nguongoc/contracts';
import { type UploadedImage, imageTypeOf } from './_image-upload';

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * POST /coop/uploads (manager, staff): product images, checked by `imageUpload` (type by their
 * first bytes, size, count), stored public through Medusa's File Module; their URLs go into a
 * product's `images`. Stored under names of our own, never the sender's.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const images = (req as AuthenticatedMedusaRequest & { files: UploadedImage[] }).files;
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: images.map((image) => {
        const type = imageTypeOf(image.buffer)!;
        return {
          filename: `san-pham-${randomUUID()}.${EXTENSIONS[type]}`,
          mimeType: type,
          content: image.buffer.toString('base64'),
          access: 'public' as const,
        };
      }),
    },
  });
  res.json({ files: result.map(({ id, url }) => ({ id, url })) } satisfies CoopUploadsAnswer);
}
