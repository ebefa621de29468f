import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from 'express';
import { FileError, FileErrorCode } from '../errors';
import type { FileLinks } from '../links';
import type { FileStore } from '../store/file-store';
import { contentDisposition } from './content-disposition';
import { sendFailure, type FilesLog } from './respond';

/**
 * `GET /files/download/:token`: the stored bytes, shown in the browser where it can
 * (`inline`) under the original name. The type is the one detected at upload, signed into
 * the link by the subgraph, and `nosniff` keeps the browser from guessing another.
 */
export function downloadHandler({ store, links, log }: { store: FileStore; links: FileLinks; log?: FilesLog }): RequestHandler {
  return async (req, res) => {
    try {
      const file = await links.readDownloadToken(String(req.params.token));
      const stat = await store.stat(file.fileId);
      if (!stat) throw new FileError(FileErrorCode.NOT_FOUND, `no stored file ${file.fileId}`);
      const body = req.method === 'HEAD' ? null : await store.open(file.fileId);
      res.status(200).set({
        'Content-Type': file.contentType,
        'Content-Length': String(stat.size),
        'Content-Disposition': contentDisposition('inline', file.fileName),
        'X-Content-Type-Options': 'nosniff',
        // The link is a short-lived capability: no shared cache may keep the file.
        'Cache-Control': 'private, no-store',
      });
      if (!body) {
        res.end();
        return;
      }
      await pipeline(body, res).catch((error: unknown) => {
        // A reader that goes away mid-file is ordinary; anything else is worth a look.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') log?.error({ err: error, fileId: file.fileId }, 'file download failed');
      });
    } catch (error) {
      sendFailure(req, res, error, log);
    }
  };
}
