import { join, resolve } from 'node:path';
import { DEFAULT_FILE_STORAGE_DIR, filesEnv, fileStoreConfig } from './config';
import { createFileStore } from './store';
import { LocalDiskFileStore } from './store/local-disk';
import { S3FileStore } from './store/s3';

const secret = 'x'.repeat(32);
const issues = (env: Record<string, string>) => filesEnv.safeParse({ FILE_SIGNING_SECRET: secret, ...env }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('filesEnv', () => {
  it('keeps files in .data/files at the repository root by default', () => {
    expect(filesEnv.parse({ FILE_SIGNING_SECRET: secret })).toEqual({ FILE_SIGNING_SECRET: secret, FILE_STORAGE_DIR: DEFAULT_FILE_STORAGE_DIR, S3_REGION: 'us-east-1' });
    expect(DEFAULT_FILE_STORAGE_DIR).toBe(resolve(__dirname, '..', '..', '..', '.data', 'files'));
  });

  it('resolves a relative storage directory', () => {
    expect(filesEnv.parse({ FILE_SIGNING_SECRET: secret, FILE_STORAGE_DIR: 'var/files' }).FILE_STORAGE_DIR).toBe(join(process.cwd(), 'var', 'files'));
  });

  it('requires a signing secret of at least 32 characters', () => {
    expect(filesEnv.safeParse({}).error?.issues[0]?.message).toContain('FILE_SIGNING_SECRET is required');
    const short = filesEnv.safeParse({ FILE_SIGNING_SECRET: 'x'.repeat(31) });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toContain('at least 32 characters');
  });

  it('accepts an s3:// storage URL with or without a prefix, and says what is wrong with others', () => {
    for (const url of ['s3://zjtx-files', 's3://zjtx-files/', 's3://zjtx-files-1250000000/prod/uploads', 's3://files.example/a_b/c-d/']) expect(issues({ FILE_STORAGE_URL: url })).toBeUndefined();
    expect(issues({ FILE_STORAGE_URL: 'oss://zjtx-files' })).toEqual([expect.stringMatching(/^FILE_STORAGE_URL: FILE_STORAGE_URL must look like s3:\/\/bucket/)]);
    expect(issues({ FILE_STORAGE_URL: 's3://Zjtx_Files' })).toEqual([expect.stringContaining('is not a bucket name')]);
    for (const prefix of ['a//b', '../b', 'a/./b', 'a b', '文件']) expect(issues({ FILE_STORAGE_URL: `s3://zjtx-files/${prefix}` })).toEqual([expect.stringContaining('the prefix may contain only')]);
  });

  it('checks the S3 settings', () => {
    expect(issues({ S3_ENDPOINT: 'minio:9000' })).toEqual(['S3_ENDPOINT: S3_ENDPOINT must be an http(s) URL']);
    expect(issues({ S3_FORCE_PATH_STYLE: 'yes' })).toEqual(['S3_FORCE_PATH_STYLE: S3_FORCE_PATH_STYLE must be true or false']);
  });
});

describe('fileStoreConfig and createFileStore', () => {
  const config = (env: Record<string, string>) => fileStoreConfig(filesEnv.parse({ FILE_SIGNING_SECRET: secret, FILE_STORAGE_DIR: '/var/lib/zjtx/files', ...env }));

  it('chooses the local disk without a storage URL', () => {
    expect(config({})).toEqual({ storageDir: '/var/lib/zjtx/files', s3: { region: 'us-east-1', forcePathStyle: false } });
    const store = createFileStore(config({ S3_ENDPOINT: 'http://minio:9000' }));
    expect(store).toBeInstanceOf(LocalDiskFileStore);
    expect((store as LocalDiskFileStore).dir).toBe('/var/lib/zjtx/files');
  });

  it('chooses S3 for an s3:// URL, with path-style requests by default when an endpoint is set', async () => {
    const minio = config({ FILE_STORAGE_URL: 's3://zjtx-files/prod/', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(minio).toEqual({
      storageDir: '/var/lib/zjtx/files',
      storageUrl: 's3://zjtx-files/prod/',
      s3: { region: 'us-east-1', endpoint: 'http://minio:9000', credentials: { accessKeyId: 'key', secretAccessKey: 'secret' }, forcePathStyle: true },
    });
    const store = createFileStore(minio) as S3FileStore;
    expect(store).toBeInstanceOf(S3FileStore);
    expect([store.bucket, store.prefix]).toEqual(['zjtx-files', 'prod']);
    expect(store.client.config.forcePathStyle).toBe(true);
    expect(await store.client.config.region()).toBe('us-east-1');
    expect(await store.client.config.credentials()).toMatchObject({ accessKeyId: 'key', secretAccessKey: 'secret' });
    store.client.destroy();

    const oss = config({ FILE_STORAGE_URL: 's3://zjtx-files', S3_ENDPOINT: 'https://s3.oss-cn-hangzhou.aliyuncs.com', S3_REGION: 'cn-hangzhou', S3_FORCE_PATH_STYLE: 'false' });
    expect(oss.s3).toEqual({ region: 'cn-hangzhou', endpoint: 'https://s3.oss-cn-hangzhou.aliyuncs.com', forcePathStyle: false });
    expect(config({ FILE_STORAGE_URL: 's3://zjtx-files', S3_REGION: 'cn-north-1' }).s3).toEqual({ region: 'cn-north-1', forcePathStyle: false });
  });

  it('wants both static credentials or neither', () => {
    expect(() => config({ FILE_STORAGE_URL: 's3://zjtx-files', S3_ACCESS_KEY_ID: 'key' })).toThrow('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together');
  });
});
