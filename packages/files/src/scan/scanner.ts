import type { Readable } from 'node:stream';

/** What a virus scanner says of a file. */
export type ScanVerdict = { status: 'CLEAN' } | { status: 'INFECTED'; signature: string };

/**
 * A virus scanner behind an adapter: ClamAV's clamd when configured (clamd.ts). Where none is
 * configured there is no scanner, and files are marked "not scanned" for everyone to see
 * rather than pretended clean. A scanner that cannot answer throws; the caller retries.
 */
export interface FileScanner {
  readonly name: string;
  scan(body: Readable): Promise<ScanVerdict>;
}
