/** The upload was refused; `message` is the server's explanation (what happened and what to do), if it gave one. */
export class UploadRefused extends Error {
  constructor(readonly serverMessage: string | null) {
    super(serverMessage ?? 'upload failed');
    this.name = 'UploadRefused';
  }
}

function messageOf(request: XMLHttpRequest): string | null {
  try {
    const body = JSON.parse(request.responseText) as { message?: unknown };
    return typeof body.message === 'string' ? body.message : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file's bytes to an upload URL and reports progress (0–100). XMLHttpRequest, because
 * fetch cannot report upload progress.
 */
export function putWithProgress(url: string, method: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('content-type', file.type);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve();
      } else {
        reject(new UploadRefused(messageOf(request)));
      }
    };
    request.onerror = () => reject(new UploadRefused(null));
    request.send(file);
  });
}
