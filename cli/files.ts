import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildRosterIndex, parseRosterCsv, parseRosterRows, readRosterXlsx } from '../rules/roster/index.ts';
import type { ImageMeta, RosterIndex } from '../rules/types.ts';
import { decodeText } from '../utils/decode-text.ts';
import { readExif } from '../utils/exif.ts';

async function bytesOf(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : undefined;
    throw new Error(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'unreadable'}`);
  }
}

/** Reads a roster (.csv or .xlsx) into a name index. Bad rows are reported through `warn`; a file that cannot be read at all throws. */
export async function readRosterFile(path: string, warn: (line: string) => void): Promise<RosterIndex> {
  const bytes = await bytesOf(path, 'roster');
  let parsed;
  if (extname(path).toLowerCase() === '.xlsx') {
    let rows: string[][];
    try {
      rows = await readRosterXlsx(bytes);
    } catch {
      throw new Error(`roster ${path}: not a readable .xlsx spreadsheet`);
    }
    parsed = parseRosterRows(rows);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new Error(`roster ${path}: ${decoded.error}`);
    parsed = parseRosterCsv(decoded.text);
  }
  if (parsed.fileError) throw new Error(`roster ${path}: ${parsed.fileError}`);
  for (const e of parsed.errors) warn(`roster ${path} line ${e.line}: ${e.reason} (row skipped)`);
  return buildRosterIndex(parsed.students);
}

/** The metadata of an image file named in a post's `path`. */
export async function readImageFile(path: string): Promise<Partial<ImageMeta>> {
  const bytes = await bytesOf(path, 'image');
  return { size: bytes.length, ...(await readExif(bytes)) };
}
