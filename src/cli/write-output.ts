import { statSync, writeFileSync } from 'node:fs';
import { fsErrorText } from '../fs/contain.js';

/**
 * Writes a report file for --output; returns what went wrong, or null. Only a regular file (or a new one) is
 * written: opening a FIFO for writing would wait for a reader forever, and a folder or a device is a mistake.
 */
export function writeOutputFile(path: string, text: string): string | null {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return 'is a folder: give a file name';
    if (!st.isFile()) return 'is not a regular file (a FIFO, socket or device): give a file name';
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') return `cannot write: ${fsErrorText(e)}`;
  }
  try {
    writeFileSync(path, text);
    return null;
  } catch (e) {
    return `cannot write: ${fsErrorText(e)}`;
  }
}
