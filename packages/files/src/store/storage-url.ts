/** Where an S3-compatible store keeps the files: a bucket, and a key prefix inside it ('' for the bucket's root). */
export interface S3Location {
  bucket: string;
  prefix: string;
}

// Bucket names as S3, MinIO, OSS and COS (`name-appid`) all accept them.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// Prefix segments of S3's "safe" characters only, so that a key never needs quoting in a URL or a copy source.
const PREFIX_SEGMENT = /^[A-Za-z0-9_.-]+$/;

/**
 * Reads FILE_STORAGE_URL: `s3://bucket` or `s3://bucket/prefix/more`. A trailing slash is
 * ignored. TypeError with a message fit for an operator when it is anything else.
 */
export function parseStorageUrl(url: string): S3Location {
  const match = /^s3:\/\/([^/?#]*)(?:\/([^?#]*))?$/.exec(url);
  if (!match) throw new TypeError(`FILE_STORAGE_URL must look like s3://bucket or s3://bucket/prefix, not ${JSON.stringify(url)}`);
  const bucket = match[1]!;
  if (!BUCKET.test(bucket)) throw new TypeError(`FILE_STORAGE_URL: ${JSON.stringify(bucket)} is not a bucket name (3-63 characters: a-z, 0-9, '.', '-')`);
  const segments = (match[2] ?? '').split('/').filter((segment, index, all) => segment !== '' || index < all.length - 1);
  for (const segment of segments) {
    if (!PREFIX_SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new TypeError(`FILE_STORAGE_URL: the prefix may contain only A-Z, a-z, 0-9, '_', '.', '-' between single slashes (${JSON.stringify(url)})`);
    }
  }
  return { bucket, prefix: segments.join('/') };
}
