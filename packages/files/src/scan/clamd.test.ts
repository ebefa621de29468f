import { Readable } from 'node:stream';
import { EICAR, startFakeClamd } from '@zjtx/test-kit';
import { FileError } from '../errors';
import { clamdScanner } from './clamd';

describe('clamd INSTREAM scanner', () => {
  it('sends the whole file in chunks and reads clean and infected answers', async () => {
    const clamd = await startFakeClamd();
    try {
      const scanner = clamdScanner({ host: '127.0.0.1', port: clamd.port });
      const large = Buffer.alloc(200_000, 1);
      expect(await scanner.scan(Readable.from([large.subarray(0, 150_000), large.subarray(150_000)]))).toEqual({ status: 'CLEAN' });
      expect(clamd.received[0]).toEqual(large);
      expect(await scanner.scan(Readable.from([Buffer.from(`%PDF-1.4 ${EICAR}`)]))).toEqual({ status: 'INFECTED', signature: 'Eicar-Test-Signature' });
    } finally {
      await clamd.close();
    }
  });

  it('fails (to be retried) when clamd does not answer or cannot be reached', async () => {
    const clamd = await startFakeClamd('silent');
    try {
      const hung = clamdScanner({ host: '127.0.0.1', port: clamd.port, timeoutMs: 300 }).scan(Readable.from([Buffer.from('x')]));
      await expect(hung).rejects.toBeInstanceOf(FileError);
      await expect(hung).rejects.toThrow(/no answer in time/);
    } finally {
      await clamd.close();
    }
    await expect(clamdScanner({ host: '127.0.0.1', port: clamd.port }).scan(Readable.from([Buffer.from('x')]))).rejects.toThrow(/clamd/);
  });
});
