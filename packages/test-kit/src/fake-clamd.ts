import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** The EICAR test string every scanner reports as infected (split so that this file is not flagged itself). */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface FakeClamd {
  port: number;
  /** Every stream it was sent, reassembled. */
  received: Buffer[];
  close(): Promise<void>;
}

/**
 * A stand-in for ClamAV's clamd at the network boundary, speaking its INSTREAM protocol on
 * 127.0.0.1: it reassembles the length-prefixed chunks and answers as clamd does — FOUND for
 * the EICAR string, OK otherwise. `silent` keeps connections open without answering, as a hung
 * clamd would.
 */
export function startFakeClamd(behaviour: 'scan' | 'silent' = 'scan'): Promise<FakeClamd> {
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer({ allowHalfOpen: behaviour === 'silent' }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    let started = false;
    const parts: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      if (behaviour === 'silent') return;
      buffer = Buffer.concat([buffer, chunk]);
      if (!started && buffer.length >= 10) {
        if (buffer.subarray(0, 10).toString('latin1') !== 'zINSTREAM\0') return void socket.end('UNKNOWN COMMAND\0');
        started = true;
        buffer = buffer.subarray(10);
      }
      while (started && buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (buffer.length < 4 + length) return;
        if (length === 0) {
          const stream = Buffer.concat(parts);
          received.push(stream);
          socket.end(stream.toString('latin1').includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        parts.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        received,
        close: () => {
          sockets.forEach((socket) => socket.destroy());
          return new Promise((closed) => server.close(() => closed()));
        },
      }),
    ),
  );
}
