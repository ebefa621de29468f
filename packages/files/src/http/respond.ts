import type { Request, Response } from 'express';
import { FileError, FileErrorCode } from '../errors';
import { httpFailure, INTERNAL_FAILURE, type HttpFailure } from './messages';

/** The part of a logger (pino's, for one) that the routes use. */
export interface FilesLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Answers a failed file request with `{ code, message }`, or cuts the response if it had begun. */
export function sendFailure(req: Request, res: Response, error: unknown, log?: FilesLog): void {
  const failure = failureOf(req, error);
  if (failure.status >= 500) log?.error({ err: error, path: req.route?.path }, 'file request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // The rest of an upload we refused is not read: answer, then close the connection instead of keeping it.
  if (!req.complete) res.set('Connection', 'close');
  res.status(failure.status).set('Cache-Control', 'no-store').json({ code: failure.code, message: failure.message });
}

function failureOf(req: Request, error: unknown): HttpFailure {
  if (error instanceof FileError) return httpFailure(error);
  // The client went away mid-upload (the stream then fails with a reset or a premature close).
  if (req.destroyed && !req.complete) return httpFailure(new FileError(FileErrorCode.UPLOAD_INCOMPLETE, 'the client stopped sending'));
  return INTERNAL_FAILURE;
}
