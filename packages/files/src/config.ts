import { join, resolve } from 'node:path';
import { z } from 'zod';

// Beside the embedded database's `.data/postgres` (git-ignored); the same from src/ and dist/.
const repoRoot = join(__dirname, '..', '..', '..');
export const DEFAULT_FILE_STORAGE_DIR = join(repoRoot, '.data', 'files');

/**
 * The environment every service that signs, serves or checks files reads. Services merge it
 * into their own schema (`z.object({ ...own, ...filesEnv.shape })`) so it is parsed once, with
 * the rest of their configuration. All of them must see the same secret and the same store.
 */
export const filesEnv = z.object({
  /** Where LocalDiskFileStore keeps the bytes; relative paths are taken from the working directory. */
  FILE_STORAGE_DIR: z
    .string()
    .min(1)
    .default(DEFAULT_FILE_STORAGE_DIR)
    .transform((dir) => resolve(dir)),
  /** HS256 key of upload and download links. */
  FILE_SIGNING_SECRET: z
    .string({ error: 'FILE_SIGNING_SECRET is required: at least 32 random characters, the same for the gateway and every subgraph (e.g. `openssl rand -base64 48`)' })
    .min(32, 'FILE_SIGNING_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)'),
});
export type FilesEnv = z.infer<typeof filesEnv>;
