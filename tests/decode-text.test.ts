import { describe, expect, it } from 'vitest';
import { decodeText } from '../utils/decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// Windows-1252 for the Latin-1 range is one byte per character.
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeText(join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('first_name\r\nZoë\r\n')))).toEqual({ ok: true, text: 'first_name\r\nZoë\r\n', encoding: 'utf-8' });
  });

  it('reads a Windows-1252 export with its accents', () => {
    expect(decodeText(cp1252('first_name\nJosé\nZoë\n'))).toEqual({ ok: true, text: 'first_name\nJosé\nZoë\n', encoding: 'windows-1252' });
  });

  it('reads a file mixing UTF-8 and Windows-1252 lines without garbling either', () => {
    const r = decodeText(join(utf8('first_name\nZoë\n'), cp1252('José\n'), utf8('Chloé')));
    expect(r).toEqual({ ok: true, text: 'first_name\nZoë\nJosé\nChloé', encoding: 'mixed' });
  });

  it('reads Excel "Unicode Text" (UTF-16 with a BOM)', () => {
    const body = 'first_name\tlast_name\r\nZoë\tCôté\r\n';
    const le = Uint8Array.from([0xff, 0xfe, ...[...body].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toEqual({ ok: true, text: body, encoding: 'utf-16' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a PDF renamed .csv', utf8('%PDF-1.7\n...'), /PDF/],
    ['a workbook renamed .csv', Uint8Array.of(0x50, 0x4b, 3, 4, 0), /spreadsheet/],
    ['binary data', Uint8Array.of(1, 2, 0, 3), /not text/],
  ])('refuses %s with a reason', (_, bytes, message) => {
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
