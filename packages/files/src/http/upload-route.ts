import type { RequestHandler } from 'express';
import { verifyUpload } from '../content/verify-upload';
import type { FileContentType } from '../content/types';
import { FileError, FileErrorCode } from '../errors';
import type { FileLinks } from '../links';
import type { FileStore } from '../store/file-store';
import { sendFailure, type FilesLog } from './respond';

/**
 * `PUT /files/upload/:token`, body = the file's bytes. 201 `{ fileId, size, sha256,
 * contentType }` once stored; otherwise `{ code, message }`. Cheap refusals come before any
 * byte is read: a bad or expired link, a declared Content-Length over the limit, an id already
 * used. The limit is enforced again while streaming (the length may be absent or wrong), and
 * the type is detected from the bytes before they are published.
 */
export function uploadHandler({ store, links, log }: { store: FileStore; links: FileLinks; log?: FilesLog }): RequestHandler {
  return async (req, res) => {
    try {
      const grant = await links.readUploadToken(String(req.params.token));
      const declaredLength = Number(req.headers['content-length']);
      if (declaredLength > grant.maxBytes) {
        throw new FileError(FileErrorCode.TOO_LARGE, `declared ${declaredLength} bytes, limit ${grant.maxBytes}`, { maxBytes: grant.maxBytes });
      }
      if (await store.stat(grant.fileId)) throw new FileError(FileErrorCode.ALREADY_UPLOADED, `file ${grant.fileId} has already been uploaded`);

      let contentType: FileContentType | undefined;
      const stored = await store.put(grant.fileId, req, {
        maxBytes: grant.maxBytes,
        verify: async (staged) => {
          contentType = await verifyUpload(staged, grant.contentTypes);
        },
      });
      log?.info({ fileId: grant.fileId, purpose: grant.purpose, size: stored.size, contentType }, 'file uploaded');
      res.status(201).set('Cache-Control', 'no-store').json({ fileId: grant.fileId, size: stored.size, sha256: stored.sha256, contentType });
    } catch (error) {
      sendFailure(req, res, error, log);
    }
  };
}
