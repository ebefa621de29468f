import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import { FILE_CONTENT_TYPES, UNKNOWN_CONTENT_TYPE, type DetectedContentType, type FileContentType } from './content/types';
import { FileError, FileErrorCode } from './errors';
import { normalizeFileName } from './file-name';
import { isFileId } from './store/file-id';

/** Where the gateway serves the routes that these links point to (http/router.ts). */
export const FILES_PATH = '/files';
/** The tus 1.0 endpoint for resumable uploads of large files (http/resumable-route.ts). */
export const RESUMABLE_UPLOAD_PATH = `${FILES_PATH}/resumable`;
export const DEFAULT_UPLOAD_TTL_SECONDS = 15 * 60;
export const DEFAULT_DOWNLOAD_TTL_SECONDS = 10 * 60;

const ISSUER = 'zjtx-files';
// Distinct audiences, so that an upload link can never be used to download and vice versa.
const UPLOAD_AUDIENCE = 'zjtx-files/upload';
const DOWNLOAD_AUDIENCE = 'zjtx-files/download';
const ALGORITHM = 'HS256';

export interface UploadRequest {
  /** What the file is for, e.g. `declaration-evidence`; travels in the link for logs and checks. */
  purpose: string;
  /** The name the person chose; kept as metadata (normalised, see normalizeFileName). */
  fileName: string;
  maxBytes: number;
  /** The types this purpose accepts; the upload is refused when the content is none of them. */
  contentTypes: readonly FileContentType[];
  /** Lifetime of the link (default 15 minutes). It is checked when an upload starts. */
  ttlSeconds?: number;
}

/** What a subgraph hands the client: PUT the bytes to `uploadUrl` (on the gateway's origin). */
export interface UploadGrant {
  /** New, random; the subgraph records it with the purpose and the caller, and later attaches it. */
  fileId: string;
  /** The normalised name, as the subgraph should keep it. */
  fileName: string;
  uploadUrl: string;
  /** The signed token inside `uploadUrl`; resumable (tus) uploads send it as the `Upload-Token` header. */
  token: string;
  method: 'PUT';
  expiresAt: Date;
  maxBytes: number;
}

/** What a verified upload link allows. */
export interface UploadClaims {
  fileId: string;
  purpose: string;
  fileName: string;
  maxBytes: number;
  contentTypes: FileContentType[];
  expiresAt: Date;
}

/** A stored file as the subgraph that attached it knows it. */
export interface DownloadableFile {
  fileId: string;
  fileName: string;
  /** As inspectStoredFile reported it; it is the Content-Type the download is served with. */
  contentType: DetectedContentType;
}

export interface DownloadClaims extends DownloadableFile {
  expiresAt: Date;
}

/** Signs and reads the links; every service that issues or serves them uses the same secret. */
export interface FileLinks {
  createUploadGrant(request: UploadRequest): Promise<UploadGrant>;
  /** `/files/download/<token>`, valid for `ttlSeconds` (default 10 minutes). */
  downloadUrl(file: DownloadableFile, options?: { ttlSeconds?: number }): Promise<string>;
  /** Claims of an upload token; FileError LINK_EXPIRED or LINK_INVALID otherwise. */
  readUploadToken(token: string): Promise<UploadClaims>;
  /** Claims of a download token; FileError LINK_EXPIRED or LINK_INVALID otherwise. */
  readDownloadToken(token: string): Promise<DownloadClaims>;
}

const contentType = z.enum(Object.keys(FILE_CONTENT_TYPES) as [FileContentType, ...FileContentType[]]);
const fileId = z.string().refine(isFileId);
const uploadPayload = z.object({
  sub: fileId,
  exp: z.number(),
  pur: z.string(),
  name: z.string(),
  max: z.number().int().positive(),
  types: z.array(contentType).min(1),
});
const downloadPayload = z.object({
  sub: fileId,
  exp: z.number(),
  name: z.string(),
  type: z.union([contentType, z.literal(UNKNOWN_CONTENT_TYPE)]),
});

/**
 * Upload and download links signed with HS256 (`jose`). A link is a capability: whoever has
 * it may upload (once) or download, until it expires, so links are short-lived and issued
 * only to callers the subgraph has authorised. `now` is for tests.
 */
export function fileLinks(options: { secret: string; now?: () => Date }): FileLinks {
  if (options.secret.length < 32) throw invalidArgument('the signing secret must be at least 32 characters');
  const key = new TextEncoder().encode(options.secret);
  const now = options.now ?? (() => new Date());

  const sign = async (claims: JWTPayload, audience: string, subject: string, ttlSeconds: number) => {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw invalidArgument('ttlSeconds must be a positive whole number');
    const issuedAt = now();
    const expiresAt = new Date(issuedAt.getTime() + ttlSeconds * 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(key);
    return { token, expiresAt };
  };

  const verify = async <T>(token: string, audience: string, schema: z.ZodType<T>, link: 'upload' | 'download'): Promise<T> => {
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], issuer: ISSUER, audience, currentDate: now() });
      const claims = schema.safeParse(payload);
      if (claims.success) return claims.data;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new FileError(FileErrorCode.LINK_EXPIRED, `the ${link} link has expired`, { link });
    }
    throw new FileError(FileErrorCode.LINK_INVALID, `the ${link} link is not valid`, { link });
  };

  return {
    async createUploadGrant(request) {
      if (!Number.isSafeInteger(request.maxBytes) || request.maxBytes <= 0) throw invalidArgument('maxBytes must be a positive whole number');
      if (!request.contentTypes.length || !request.contentTypes.every((type) => contentType.safeParse(type).success)) {
        throw invalidArgument(`contentTypes must be some of: ${Object.keys(FILE_CONTENT_TYPES).join(', ')}`);
      }
      if (!request.purpose.trim()) throw invalidArgument('purpose is required');
      const id = randomUUID();
      const fileName = normalizeFileName(request.fileName);
      const claims = { pur: request.purpose, name: fileName, max: request.maxBytes, types: [...new Set(request.contentTypes)] };
      const { token, expiresAt } = await sign(claims, UPLOAD_AUDIENCE, id, request.ttlSeconds ?? DEFAULT_UPLOAD_TTL_SECONDS);
      return { fileId: id, fileName, uploadUrl: `${FILES_PATH}/upload/${token}`, token, method: 'PUT', expiresAt, maxBytes: request.maxBytes };
    },

    async downloadUrl(file, downloadOptions) {
      if (!isFileId(file.fileId)) throw invalidArgument('fileId must be a UUID');
      if (file.contentType !== UNKNOWN_CONTENT_TYPE && !contentType.safeParse(file.contentType).success) throw invalidArgument(`unknown content type ${file.contentType}`);
      const claims = { name: normalizeFileName(file.fileName), type: file.contentType };
      const { token } = await sign(claims, DOWNLOAD_AUDIENCE, file.fileId.toLowerCase(), downloadOptions?.ttlSeconds ?? DEFAULT_DOWNLOAD_TTL_SECONDS);
      return `${FILES_PATH}/download/${token}`;
    },

    async readUploadToken(token) {
      const claims = await verify(token, UPLOAD_AUDIENCE, uploadPayload, 'upload');
      return { fileId: claims.sub, purpose: claims.pur, fileName: claims.name, maxBytes: claims.max, contentTypes: claims.types, expiresAt: new Date(claims.exp * 1000) };
    },

    async readDownloadToken(token) {
      const claims = await verify(token, DOWNLOAD_AUDIENCE, downloadPayload, 'download');
      return { fileId: claims.sub, fileName: claims.name, contentType: claims.type, expiresAt: new Date(claims.exp * 1000) };
    },
  };
}

const invalidArgument = (message: string) => new FileError(FileErrorCode.INVALID_ARGUMENT, message);
