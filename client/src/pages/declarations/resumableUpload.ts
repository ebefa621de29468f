import { DetailedError, Upload } from 'tus-js-client';
import { UploadRefused } from '../../uploads/putWithProgress';

export interface ResumableLink {
  fileId: string;
  resumableEndpoint: string;
  uploadToken: string;
  expiresAt: string;
}

/** The server's `{ code, message }` of a refused tus request. */
function refusalOf(error: Error): UploadRefused & { code?: string } {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  try {
    const body = JSON.parse(response?.getBody() ?? '') as { code?: unknown; message?: unknown };
    return Object.assign(new UploadRefused(typeof body.message === 'string' ? body.message : null), { code: typeof body.code === 'string' ? body.code : undefined });
  } catch {
    return new UploadRefused(null);
  }
}

/**
 * Sends a file with tus (resumable) to the link's endpoint, in 5 MB parts, retrying a broken
 * connection by itself. An upload interrupted earlier (the page closed, the network gone) is
 * found again by the link's file id and continues where it stopped. Resolves when every byte is
 * stored; a refusal carries the server's message. A file already stored under the link counts
 * as done.
 */
export function sendResumable(file: File, link: ResumableLink, contentType: string, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: new URL(link.resumableEndpoint, window.location.href).toString(),
      headers: { 'Upload-Token': link.uploadToken },
      chunkSize: 5 * 1024 * 1024,
      retryDelays: [0, 1_000, 3_000, 5_000, 10_000],
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      // One link, one file: the link's file id finds the interrupted upload again.
      fingerprint: () => Promise.resolve(`zjtx-evidence-${link.fileId}`),
      metadata: { filename: file.name, filetype: contentType },
      onProgress: (sent, total) => onProgress(total > 0 ? Math.floor((sent / total) * 100) : 0),
      onSuccess: () => {
        onProgress(100);
        resolve();
      },
      onError: (error) => {
        const refusal = refusalOf(error);
        if (refusal.code === 'ALREADY_UPLOADED') resolve();
        else reject(refusal);
      },
    });
    upload
      .findPreviousUploads()
      .then((previous) => {
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
        upload.start();
      })
      .catch(() => upload.start());
  });
}
