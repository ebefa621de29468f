import { connect } from 'node:net';
import type { Readable } from 'node:stream';
import { FileError, FileErrorCode } from '../errors';
import type { FileScanner, ScanVerdict } from './scanner';

/*
 * clamd's INSTREAM command over TCP, written here rather than taken from `clamscan` or
 * `clamdjs`: the protocol is one command, length-prefixed chunks and a one-line answer, while
 * `clamscan` looks for local binaries and configuration files at start (none exist in our
 * containers) and `clamdjs` is unmaintained. The answer is read as clamd documents it:
 * `stream: OK`, `stream: <signature> FOUND`, or `… ERROR`.
 */
const MAX_CHUNK = 64 * 1024;

export interface ClamdOptions {
  host: string;
  port: number;
  /** No answer within this time is an error (the scan is retried later). */
  timeoutMs?: number;
}

export function clamdScanner({ host, port, timeoutMs = 60_000 }: ClamdOptions): FileScanner {
  return {
    name: 'clamd',
    scan: (body) => instream(body, host, port, timeoutMs),
  };
}

function instream(body: Readable, host: string, port: number, timeoutMs: number): Promise<ScanVerdict> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const answer: Buffer[] = [];
    const fail = (why: string) => {
      socket.destroy();
      body.destroy();
      reject(new FileError(FileErrorCode.SCAN_FAILED, `clamd at ${host}:${port}: ${why}`));
    };
    socket.setTimeout(timeoutMs, () => fail('no answer in time'));
    socket.on('error', (error) => fail(error.message));
    socket.on('data', (chunk: Buffer) => answer.push(chunk));
    socket.on('end', () => {
      const reply = Buffer.concat(answer).toString('utf8').replace(/\0/g, '').trim();
      const found = /^stream: (.+) FOUND$/.exec(reply);
      if (reply === 'stream: OK') resolve({ status: 'CLEAN' });
      else if (found) resolve({ status: 'INFECTED', signature: found[1]! });
      else fail(`unexpected answer "${reply}"`);
    });
    socket.once('connect', () => {
      void (async () => {
        try {
          socket.write('zINSTREAM\0');
          for await (const data of body) {
            const bytes = data as Buffer;
            for (let at = 0; at < bytes.length; at += MAX_CHUNK) {
              const part = bytes.subarray(at, at + MAX_CHUNK);
              const length = Buffer.alloc(4);
              length.writeUInt32BE(part.length);
              if (!socket.write(Buffer.concat([length, part]))) await new Promise((drained) => socket.once('drain', drained));
            }
          }
          socket.end(Buffer.alloc(4)); // a zero-length chunk ends the stream
        } catch (error) {
          fail((error as Error).message);
        }
      })();
    });
  });
}
