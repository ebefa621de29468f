import { Router } from 'express';
import { FILES_PATH, type FileLinks } from '../links';
import type { FileStore } from '../store/file-store';
import { downloadHandler } from './download-route';
import type { FilesLog } from './respond';
import { uploadHandler } from './upload-route';

export interface FilesRouterOptions {
  store: FileStore;
  links: FileLinks;
  log?: FilesLog;
}

/**
 * The upload and download routes at the paths the links point to (`/files/…`). Mount it on
 * the app's root, before any body parser or catch-all: the upload body must reach it unread.
 */
export function filesRouter(options: FilesRouterOptions): Router {
  const router = Router();
  router.put(`${FILES_PATH}/upload/:token`, uploadHandler(options));
  router.get(`${FILES_PATH}/download/:token`, downloadHandler(options));
  return router;
}
