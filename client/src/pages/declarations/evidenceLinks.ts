import type { ResumableLink } from './resumableUpload';

/**
 * Upload links kept per declaration, item and file (name, size, last change), so that choosing
 * the same file again after an interruption continues its upload under the same link instead of
 * starting over. Forgotten once the file is attached, refused, or the link expires.
 */
const keyOf = (declarationId: string, item: string, file: File) => `zjtx.evidence-link.${declarationId}.${item}.${file.size}.${file.lastModified}.${file.name}`;

export function readLink(declarationId: string, item: string, file: File): ResumableLink | null {
  try {
    const stored = window.localStorage.getItem(keyOf(declarationId, item, file));
    const link = stored ? (JSON.parse(stored) as ResumableLink) : null;
    // A link about to expire is not worth resuming with.
    return link && new Date(link.expiresAt).getTime() - Date.now() > 10 * 60 * 1000 ? link : null;
  } catch {
    return null;
  }
}

export function keepLink(declarationId: string, item: string, file: File, link: ResumableLink): void {
  try {
    window.localStorage.setItem(keyOf(declarationId, item, file), JSON.stringify(link));
  } catch {
    // No resuming across page loads then; the upload itself still works.
  }
}

export function forgetLink(declarationId: string, item: string, file: File): void {
  try {
    window.localStorage.removeItem(keyOf(declarationId, item, file));
  } catch {
    // see keepLink
  }
}
