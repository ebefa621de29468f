import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { FileStoreConfig } from './store';
import { parseStorageUrl } from './store/storage-url';

// Beside the embedded database's `.data/postgres` (git-ignored); the same from src/ and dist/.
const repoRoot = join(__dirname, '..', '..', '..');
export const DEFAULT_FILE_STORAGE_DIR = join(repoRoot, '.data', 'files');

/**
 * The environment every service that signs, serves or checks files reads. Services merge it
 * into their own schema (`z.object({ ...own, ...filesEnv.shape })`) so it is parsed once, with
 * the rest of their configuration. All of them must see the same secret and the same store
 * (fileStoreConfig() below turns it into createFileStore's argument).
 */
export const filesEnv = z.object({
  /** Where LocalDiskFileStore keeps the bytes; relative paths are taken from the working directory. */
  FILE_STORAGE_DIR: z
    .string()
    .min(1)
    .default(DEFAULT_FILE_STORAGE_DIR)
    .transform((dir) => resolve(dir)),
  /**
   * `s3://bucket` or `s3://bucket/prefix`: keep the files in that S3-compatible bucket (AWS S3,
   * MinIO, OSS, COS) instead of FILE_STORAGE_DIR, reached with the S3_* settings below.
   */
  FILE_STORAGE_URL: z
    .string()
    .superRefine((url, context) => {
      try {
        parseStorageUrl(url);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .optional(),
  /** The service's URL, e.g. `http://minio:9000`, `https://s3.oss-cn-hangzhou.aliyuncs.com` (OSS), `https://cos.ap-guangzhou.myqcloud.com` (COS); absent for AWS S3. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) URL' }).optional(),
  /** The region requests are signed for (OSS: `cn-hangzhou`, COS: `ap-guangzhou`; MinIO: any). */
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Static credentials, both or neither; without them the AWS SDK's default chain applies (AWS_* variables, instance role, …). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true`: `endpoint/bucket/key` (MinIO); `false`: `bucket.endpoint/key` (AWS, and OSS, which refuses the other). Default: true when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
  /** HS256 key of upload and download links. */
  FILE_SIGNING_SECRET: z
    .string({ error: 'FILE_SIGNING_SECRET is required: at least 32 random characters, the same for the gateway and every subgraph (e.g. `openssl rand -base64 48`)' })
    .min(32, 'FILE_SIGNING_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)'),
});
export type FilesEnv = z.infer<typeof filesEnv>;

/** The file store the parsed environment names, for createFileStore(). */
export function fileStoreConfig(env: FilesEnv): FileStoreConfig {
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    throw new TypeError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together, or neither (then the AWS SDK finds credentials itself)');
  }
  return {
    storageDir: env.FILE_STORAGE_DIR,
    ...(env.FILE_STORAGE_URL ? { storageUrl: env.FILE_STORAGE_URL } : {}),
    s3: {
      region: env.S3_REGION,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
    },
  };
}
