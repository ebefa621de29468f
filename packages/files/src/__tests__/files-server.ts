import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { filesRouter } from '../http/router';
import type { FileLinks } from '../links';
import type { FileStore } from '../store/file-store';
import { LocalDiskFileStore } from '../store/local-disk';

/**
 * The file routes on 127.0.0.1 for one test file, over a store in `dir()` (or the one `makeStore`
 * returns): its base URL and store once started. Resumable uploads wait in `dir()` either way.
 */
export function useFilesServer(links: FileLinks, dir: () => string): { base: string; store: LocalDiskFileStore };
export function useFilesServer<S extends FileStore>(links: FileLinks, dir: () => string, makeStore: () => S): { base: string; store: S };
export function useFilesServer(links: FileLinks, dir: () => string, makeStore?: () => FileStore): { base: string; store: FileStore } {
  const running = { base: '', store: undefined as unknown as FileStore };
  let server: Server;
  beforeAll(async () => {
    running.store = makeStore ? makeStore() : new LocalDiskFileStore(join(dir(), 'files'));
    const app = express();
    app.use(filesRouter({ store: running.store, links, resumableStagingDir: join(dir(), 'resumable') }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    running.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return running;
}

/** PUT with Transfer-Encoding: chunked (no Content-Length), as a streaming client sends. */
export function chunkedPut(url: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'PUT' }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) return;
        if (!req.write(chunk)) await new Promise((drained) => req.once('drain', drained));
      }
      req.end();
    })().catch(reject);
  });
}
