import { readRosterXlsx } from '../../rules/roster/index.ts';
import { decodeText } from '../../utils/decode-text.ts';
import { formatBytes } from './files.ts';

/** Far above any school's export (a few hundred KB for 2,000 students); a bigger file is the wrong file. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export type RosterSource = { kind: 'csv'; text: string } | { kind: 'rows'; rows: string[][] };

export type SourceResult =
  | { ok: true; source: RosterSource; /** How the file was read, in words the user can check. */ readAs: string }
  | { ok: false; error: string };

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);

function extension(name: string): string {
  return /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Refusals that need only the name and size, so a 50 MB file is never read into memory. */
export function checkRosterFile(name: string, size: number): string | undefined {
  const ext = extension(name);
  if (ext === 'xls') {
    return `“${name}” is in the old Excel format (.xls), which PostGuard cannot read. In Excel choose File → Save As → Excel Workbook (.xlsx) or CSV, then choose the new file.`;
  }
  if (ext !== 'xlsx' && !TEXT_EXTENSIONS.has(ext)) {
    const kind = ext ? `a .${ext} file` : 'a file without an extension';
    return `“${name}” is ${kind}. PostGuard reads rosters saved as CSV (.csv) or Excel (.xlsx): export the roster from your student information system as CSV, or open it in Excel and choose Save As → CSV.`;
  }
  if (size > MAX_ROSTER_BYTES) {
    return `This file is ${formatBytes(size)}; a roster export is usually under 1 MB — check you chose the right file.`;
  }
  if (size === 0) return `“${name}” is empty (0 bytes). Export the roster again and choose the new file.`;
  return undefined;
}

async function readWorkbook(name: string, bytes: Uint8Array): Promise<SourceResult> {
  try {
    return { ok: true, source: { kind: 'rows', rows: await readRosterXlsx(bytes) }, readAs: 'Excel workbook (first sheet)' };
  } catch {
    return {
      ok: false,
      error: `“${name}” could not be read as an Excel workbook; it may be damaged or password-protected. Open it in Excel and save it again, or save it as CSV.`,
    };
  }
}

/** Turns the chosen file into text or rows, or says plainly why it cannot be a roster. */
export async function readRosterSource(name: string, bytes: Uint8Array): Promise<SourceResult> {
  const refusal = checkRosterFile(name, bytes.length);
  if (refusal) return { ok: false, error: refusal };
  if (extension(name) === 'xlsx') {
    if (!isZip(bytes)) return { ok: false, error: `“${name}” is named .xlsx but is not an Excel workbook. Choose the roster export itself.` };
    return readWorkbook(name, bytes);
  }
  // Excel files saved with a .csv name are common; reading them as what they are beats refusing.
  if (isZip(bytes)) {
    const read = await readWorkbook(name, bytes);
    return read.ok ? { ...read, readAs: 'Excel workbook (the file is named .csv but holds an Excel workbook)' } : read;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: `“${name}” was not imported: ${decoded.error}` };
  if (decoded.text.trim() === '') return { ok: false, error: `“${name}” holds no rows. Export the roster again and choose the new file.` };
  const readAs = {
    'utf-8': 'CSV text (UTF-8)',
    'utf-16': 'Unicode text (UTF-16, as Excel saves “Unicode Text”)',
    'windows-1252': 'CSV text (Windows-1252, as older Excel saves it; accented letters kept)',
    mixed: 'CSV text mixing UTF-8 and Windows-1252 lines (each line read in its own encoding; accented letters kept)',
  }[decoded.encoding];
  return { ok: true, source: { kind: 'csv', text: decoded.text }, readAs };
}
