import { join } from 'node:path';
import { createFileStore, fileLinks, filesRouter, type FileStoreConfig } from '@zjtx/files';
import type { Express } from 'express';
import type { Logger } from 'pino';

/**
 * FILE_STORAGE_DIR (or FILE_STORAGE_URL and S3_*, see fileStoreConfig): the same store the
 * subgraphs inspect when they attach a file.
 */
export interface GatewayFilesOptions extends FileStoreConfig {
  /** FILE_SIGNING_SECRET: subgraphs sign upload and download links with it; the gateway checks them. */
  signingSecret: string;
}

/**
 * Signed-URL uploads and downloads (DESIGN §7) at /files/…: on the portal's own origin, so the
 * browser PUTs without CORS, and outside GraphQL, so bytes never pass through it. Subgraphs
 * issue the links; this only checks them and moves bytes.
 */
export function mountFiles(app: Express, options: GatewayFilesOptions, log: Logger): void {
  app.use(
    filesRouter({
      store: createFileStore(options),
      links: fileLinks({ secret: options.signingSecret }),
      // Beside the stored files (the local store's own layout never uses this name), shared the same way.
      // Also with an S3 store: unfinished resumable uploads stay on this disk (docs/OPERATIONS.md).
      resumableStagingDir: join(options.storageDir, '.resumable'),
      log: log.child({ component: 'files' }),
    }),
  );
}
