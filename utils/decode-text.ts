/**
 * Turns a roster file's bytes into text. Exports from Excel on Windows are often
 * Windows-1252, not UTF-8 ("Zoë" would become "Zo�"), Excel's "Unicode Text" is
 * UTF-16, and a file pasted together from two exports can mix UTF-8 and
 * Windows-1252 line by line. Binary files (a PDF or a spreadsheet renamed .csv)
 * are refused with a reason.
 */
export type TextEncodingName = 'utf-8' | 'utf-16' | 'windows-1252' | 'mixed';
export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

const LF = 0x0a;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: stripBom(new TextDecoder(label).decode(bytes)), encoding: 'utf-16' };
  }
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return { ok: false, error: 'This is a PDF, not a CSV export. Export the roster from your student information system or spreadsheet as CSV or .xlsx.' };
  if (head.startsWith('PK')) return { ok: false, error: 'This looks like a spreadsheet (.xlsx) with a .csv name. Rename it to .xlsx or save it as CSV.' };
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, error: 'This file is not text (it holds binary data). Choose the CSV or .xlsx export of the roster.' };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { ok: true, text: stripBom(utf8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    return decodeByLine(bytes, utf8);
  }
}

/** Each line as UTF-8 where it is valid, else as Windows-1252, so neither half of a mixed file is garbled. */
function decodeByLine(bytes: Uint8Array, utf8: TextDecoder): DecodeResult {
  const cp1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let utf8Lines = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(LF, start);
    end = end === -1 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end);
    try {
      parts.push(utf8.decode(line));
      if (line.some((b) => b >= 0x80)) utf8Lines++;
    } catch {
      parts.push(cp1252.decode(line));
    }
    start = end;
  }
  return { ok: true, text: stripBom(parts.join('')), encoding: utf8Lines > 0 ? 'mixed' : 'windows-1252' };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
