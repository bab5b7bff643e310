import { readSheet } from 'read-excel-file/universal';

/** One cell as the text a CSV export of it would hold; date cells become YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // read-excel-file gives dates at midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * The first sheet of an .xlsx file as rows of text, every row as wide as the
 * widest. The universal build needs no Node or DOM API, so the same call works
 * in the CLI and in the options page. Throws when the bytes are not an .xlsx file.
 */
export async function readRosterXlsx(data: ArrayBuffer | Uint8Array): Promise<string[][]> {
  const view = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  // A copy owned by this realm: the library checks `instanceof ArrayBuffer`, which fails for buffers from a frame or a pool slice.
  const own = new Uint8Array(view.byteLength);
  own.set(view);
  const rows = (await readSheet(own.buffer)) as unknown[][];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => cellText(r[i])));
}
