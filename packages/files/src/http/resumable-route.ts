import { createReadStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore as TusStagingStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import type { RequestHandler } from 'express';
import { verifyUpload } from '../content/verify-upload';
import { FileError, FileErrorCode } from '../errors';
import { RESUMABLE_UPLOAD_PATH, type FileLinks, type UploadClaims } from '../links';
import type { FileStore } from '../store/file-store';
import { httpFailure, INTERNAL_FAILURE } from './messages';
import type { FilesLog } from './respond';

/** The header that carries the upload link's token on every tus request. */
export const UPLOAD_TOKEN_HEADER = 'upload-token';
/** Unfinished uploads are kept this long for the client to resume. */
const STAGED_UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface ResumableUploadOptions {
  store: FileStore;
  links: FileLinks;
  /** Where parts of unfinished uploads wait; every gateway instance behind a balancer must share it. */
  stagingDir: string;
  log?: FilesLog;
}

/**
 * Resumable uploads with the tus 1.0 protocol (`@tus/server`), for large evidence on unsteady
 * connections: the client creates the upload at RESUMABLE_UPLOAD_PATH, sends it in parts, and
 * after an interruption asks how much arrived and continues from there. The same signed upload
 * link authorises it (its token in the `Upload-Token` header of every request) and fixes the
 * file id and the size limit. When the last byte arrives the file goes through the same checks
 * as a single PUT (verifyUpload) into the FileStore, and the staged parts are removed.
 * Refusals answer `{ code, message }` as the other file routes do.
 */
export function resumableUploadHandler({ store, links, stagingDir, log }: ResumableUploadOptions): RequestHandler {
  const claimsOfRequest = new WeakMap<IncomingMessage, Promise<UploadClaims>>();
  const claimsOf = (req: IncomingMessage): Promise<UploadClaims> => {
    let claims = claimsOfRequest.get(req);
    if (!claims) {
      const token = req.headers[UPLOAD_TOKEN_HEADER];
      claims = typeof token === 'string' ? links.readUploadToken(token) : Promise.reject(new FileError(FileErrorCode.LINK_INVALID, 'no Upload-Token header', { link: 'upload' }));
      claimsOfRequest.set(req, claims);
    }
    return claims.catch((error: unknown) => {
      throw refusal(error);
    });
  };

  const staging = new TusStagingStore({ directory: stagingDir, expirationPeriodInMilliseconds: STAGED_UPLOAD_LIFETIME_MS });
  const tus = new TusServer({
    path: RESUMABLE_UPLOAD_PATH,
    datastore: staging,
    relativeLocation: true,
    maxSize: async (req) => (await claimsOf(req)).maxBytes,
    // The upload's id is the file id the link was issued for: one link, one file.
    namingFunction: async (req) => {
      const { fileId } = await claimsOf(req);
      if (await store.stat(fileId)) throw refusal(new FileError(FileErrorCode.ALREADY_UPLOADED, `file ${fileId} has already been uploaded`));
      return fileId;
    },
    onIncomingRequest: async (req, _res, uploadId) => {
      const { fileId } = await claimsOf(req);
      if (req.method !== 'POST' && uploadId !== fileId) throw refusal(new FileError(FileErrorCode.LINK_INVALID, 'the token is for another upload', { link: 'upload' }));
    },
    onUploadFinish: async (req, res, upload) => {
      const claims = await claimsOf(req);
      try {
        let contentType: string | undefined;
        const stored = await store.put(claims.fileId, createReadStream(join(stagingDir, upload.id)), {
          maxBytes: claims.maxBytes,
          verify: async (staged) => {
            contentType = await verifyUpload(staged, claims.contentTypes);
          },
        });
        log?.info({ fileId: claims.fileId, purpose: claims.purpose, size: stored.size, contentType, resumable: true }, 'file uploaded');
        return res;
      } catch (error) {
        throw refusal(error);
      } finally {
        // Published or refused, the parts are no longer needed: a refused file is uploaded anew.
        await staging.remove(upload.id).catch(() => undefined);
      }
    },
    onResponseError: (_req, _res, error) => {
      if ('status_code' in error) return error;
      log?.error({ err: error }, 'resumable upload failed');
      return { status_code: INTERNAL_FAILURE.status, body: JSON.stringify({ code: INTERNAL_FAILURE.code, message: INTERNAL_FAILURE.message }) };
    },
  });
  // Parts of uploads nobody resumed for a day are removed.
  setInterval(() => void tus.cleanUpExpiredUploads().catch(() => undefined), 60 * 60 * 1000).unref();

  return (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    void tus.handle(req, res);
  };
}

/** A FileError as the tus server answers it: the status and the `{ code, message }` body of the other routes. */
function refusal(error: unknown): { status_code: number; body: string } {
  if (typeof error === 'object' && error !== null && 'status_code' in error) return error as { status_code: number; body: string };
  const failure = error instanceof FileError ? httpFailure(error) : INTERNAL_FAILURE;
  return { status_code: failure.status, body: JSON.stringify({ code: failure.code, message: failure.message }) };
}
