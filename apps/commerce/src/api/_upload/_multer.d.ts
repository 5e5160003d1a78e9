// multer ships no types and @types/multer is not installed: the part of its API used here.
declare module 'multer' {
  import type { RequestHandler } from 'express';

  interface Options {
    storage?: unknown;
    limits?: { fileSize?: number; files?: number; fields?: number };
    defParamCharset?: string;
  }
  interface Multer {
    array(field: string, maxCount: number): RequestHandler;
  }
  interface MulterFactory {
    (options?: Options): Multer;
    memoryStorage(): unknown;
  }
  const multer: MulterFactory;
  export default multer;
}
