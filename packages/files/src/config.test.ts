import { join, resolve } from 'node:path';
import { DEFAULT_FILE_STORAGE_DIR, filesEnv } from './config';

const secret = 'x'.repeat(32);

describe('filesEnv', () => {
  it('keeps files in .data/files at the repository root by default', () => {
    expect(filesEnv.parse({ FILE_SIGNING_SECRET: secret })).toEqual({ FILE_SIGNING_SECRET: secret, FILE_STORAGE_DIR: DEFAULT_FILE_STORAGE_DIR });
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
});
