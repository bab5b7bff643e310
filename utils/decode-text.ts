/**
 * Turns a roster file's bytes into text. Exports from Excel on Windows are often
 * Windows-1252, not UTF-8: decoding them as UTF-8 would turn "Zoë" into "Zo�".
 * Binary files (a PDF or a spreadsheet renamed .csv) are refused with a reason.
 */
export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; error: string };

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return { ok: false, error: 'This is a PDF, not a CSV export. Export the roster from your student information system or spreadsheet as CSV or .xlsx.' };
  if (head.startsWith('PK')) return { ok: false, error: 'This looks like a spreadsheet (.xlsx) with a .csv name. Rename it to .xlsx or save it as CSV.' };
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, error: 'This file is not text (it holds binary data). Choose the CSV or .xlsx export of the roster.' };
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
