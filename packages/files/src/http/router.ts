import { Router } from 'express';
import { FILES_PATH, RESUMABLE_UPLOAD_PATH, type FileLinks } from '../links';
import type { FileStore } from '../store/file-store';
import { downloadHandler } from './download-route';
import type { FilesLog } from './respond';
import { resumableUploadHandler } from './resumable-route';
import { uploadHandler } from './upload-route';

export interface FilesRouterOptions {
  store: FileStore;
  links: FileLinks;
  log?: FilesLog;
  /** Where unfinished resumable uploads wait; shared by every gateway instance, like the store. */
  resumableStagingDir: string;
}

/**
 * The upload (single PUT or resumable tus) and download routes at the paths the links point to (`/files/…`). Mount it on
 * the app's root, before any body parser or catch-all: the upload body must reach it unread.
 */
export function filesRouter(options: FilesRouterOptions): Router {
  const router = Router();
  router.put(`${FILES_PATH}/upload/:token`, uploadHandler(options));
  router.get(`${FILES_PATH}/download/:token`, downloadHandler(options));
  const resumable = resumableUploadHandler({ ...options, stagingDir: options.resumableStagingDir });
  router.all(RESUMABLE_UPLOAD_PATH, resumable);
  router.all(`${RESUMABLE_UPLOAD_PATH}/:id`, resumable);
  return router;
}
