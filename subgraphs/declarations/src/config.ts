import { clamdScanner, createFileStore, fileLinks, filesEnv, fileStoreConfig, type FileLinks, type FileScanner, type FileStore } from '@zjtx/files';
import { parseEnv } from '@zjtx/subgraph-kit';
import { z } from 'zod';

/** Declarations' own settings, beside the kit's. Parsed once, on first use. */
const declarationsEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Signed links and storage for evidence and generated PDFs, shared with the gateway (@zjtx/files). */
  ...filesEnv.shape,
  /** ClamAV's clamd (TCP) scans evidence when set; without it evidence is marked "not scanned". */
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
});

export interface DeclarationsConfig {
  files: { links: FileLinks; store: FileStore };
  /** Null when no scanner is configured. */
  scanner: FileScanner | null;
  /** In production an administrator cannot run the 公示 recognition for a day still to come (demos and tests move the clock that way). */
  production: boolean;
}

let config: DeclarationsConfig | null = null;

export function declarationsConfig(env: NodeJS.ProcessEnv = process.env): DeclarationsConfig {
  if (config) return config;
  const parsed = parseEnv(declarationsEnv, 'declarations', env);
  config = {
    files: { links: fileLinks({ secret: parsed.FILE_SIGNING_SECRET }), store: createFileStore(fileStoreConfig(parsed)) },
    scanner: parsed.CLAMD_HOST ? clamdScanner({ host: parsed.CLAMD_HOST, port: parsed.CLAMD_PORT }) : null,
    production: parsed.NODE_ENV === 'production',
  };
  return config;
}
