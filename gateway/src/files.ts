import { createFileStore, fileLinks, filesRouter } from '@zjtx/files';
import type { Express } from 'express';
import type { Logger } from 'pino';

export interface GatewayFilesOptions {
  /** FILE_STORAGE_DIR: the same store the subgraphs inspect when they attach a file. */
  storageDir: string;
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
      store: createFileStore({ storageDir: options.storageDir }),
      links: fileLinks({ secret: options.signingSecret }),
      log: log.child({ component: 'files' }),
    }),
  );
}
