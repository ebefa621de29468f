import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text a PDF reader extracts from `bytes`: proves the text is real text in an embedded font,
 * not an image. pdf.js (inside pdf-parse) loads its worker with a dynamic import, which jest's
 * module sandbox does not allow, so the extraction runs in a plain Node process.
 */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    // The compiled script, whether this runs from src/ (under jest) or dist/.
    const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'pdf-text-cli.js')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new TypeError(`pdf text extraction failed: ${Buffer.concat(err).toString('utf8')}`))));
    child.stdin.end(bytes);
  });
}
