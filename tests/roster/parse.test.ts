import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv, parseRosterRows, readRosterXlsx, StudentSchema } from '../../rules/roster/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'rosters');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const root = join(import.meta.dirname, '..', '..');

describe('the canonical template', () => {
  it('reads the demo roster without a single error', () => {
    const r = parseRosterCsv(readFileSync(join(root, 'samples', 'roster.csv'), 'utf8'));
    expect(r.fileError).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.students).toHaveLength(30);
    expect(r.students[0]).toEqual({
      id: 'S1001',
      firstName: 'Emma',
      lastName: 'Thompson',
      grade: '4',
      homeroom: '4B',
      photoConsent: true,
      nameConsent: 'first',
      doNotPublish: false,
      consentExpires: '2027-06-30',
    });
    for (const s of r.students) expect(StudentSchema.safeParse(s).success).toBe(true);
  });

  it('handles a BOM, CRLF line ends and a blank line', () => {
    const r = parseRosterCsv(fixture('bom-crlf.csv'));
    expect(r.errors).toEqual([]);
    expect(r.headers[0]).toBe('student_id');
    expect(r.students.map((s) => s.firstName)).toEqual(['Emma', 'Zoë', 'José']);
    expect(r.students[2]).toMatchObject({ preferredName: 'Pepe', doNotPublish: true, nameConsent: 'none', consentExpires: '2026-12-31' });
  });

  it('reads semicolon-separated exports', () => {
    const r = parseRosterCsv(fixture('semicolons.csv'));
    expect(r.errors).toEqual([]);
    expect(r.students.map((s) => [s.firstName, s.photoConsent])).toEqual([
      ['Emma', true],
      ['Chloé', false],
    ]);
  });
});

describe('an export from a student information system', () => {
  const r = parseRosterCsv(fixture('sis-export.csv'));

  it('maps its column names and ignores the columns it does not need', () => {
    expect(r.mapping).toEqual({
      id: 0,
      lastName: 1,
      firstName: 2,
      preferredName: 3,
      grade: 4,
      homeroom: 5,
      photoConsent: 8,
      nameConsent: 9,
      doNotPublish: 10,
      consentExpires: 11,
    });
    expect(r.errors).toEqual([]);
  });

  it('reads Y/N/X/blank and worded values', () => {
    const by = Object.fromEntries(r.students.map((s) => [s.firstName, s]));
    expect(by.Emma).toMatchObject({ id: '1001', photoConsent: true, nameConsent: 'first', doNotPublish: false, consentExpires: '2027-06-30' });
    expect(by.Liam).toMatchObject({ photoConsent: false, nameConsent: 'full' });
    expect(by.Hope).toMatchObject({ lastName: "O'Brien", photoConsent: true, nameConsent: 'full' });
    expect(by.Grace).toMatchObject({ preferredName: 'Gracie', photoConsent: true, nameConsent: 'none', doNotPublish: true, consentExpires: '2027-07-15' });
    expect(by.Mason).toMatchObject({ photoConsent: false, nameConsent: 'none', doNotPublish: true });
    // Blank consent cells are no consent; a blank non-disclosure cell is no request.
    expect(by.Ava).toMatchObject({ photoConsent: false, nameConsent: 'none', doNotPublish: false });
    expect(by.Ava?.consentExpires).toBeUndefined();
  });
});

describe('line numbers and reasons for bad rows', () => {
  it('counts lines as an editor shows them, through quoted commas and line breaks', () => {
    const r = parseRosterCsv(fixture('quoted.csv'));
    expect(r.students.map((s) => [s.firstName, s.lastName, s.homeroom])).toEqual([
      ['Emma', 'Thompson', '4B, Ms. Lee'],
      ['Liam', 'Nguyen', '4B'],
      ['Anne Marie', 'St. Pierre', '5A'],
    ]);
    // Liam's note spans lines 3–4, so Anne Marie is on line 5 and Noah on line 6.
    expect(r.errors).toEqual([{ line: 6, reason: 'photo_consent “maybe” is not yes or no' }]);
  });

  it('reports a half-written last row and keeps the rows before it', () => {
    const r = parseRosterCsv(fixture('half-written.csv'));
    expect(r.students.map((s) => s.id)).toEqual(['S3001', 'S3002']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.line).toBe(4);
    expect(r.errors[0]?.reason).toMatch(/stops after 3 of 7 columns.*cut off/);
  });

  it('reports an unclosed quotation mark on its line', () => {
    const r = parseRosterCsv('student_id,first_name,photo_consent\nS1,Emma,yes\nS2,"Liam,no\nS3,Ava,yes\n');
    expect(r.students.map((s) => s.id)).toEqual(['S1']);
    expect(r.errors).toEqual([{ line: 3, reason: expect.stringMatching(/quotation mark/) }]);
  });

  it('names the line of the first use of a duplicate student ID', () => {
    const r = parseRosterCsv(fixture('duplicate-ids.csv'));
    expect(r.students.map((s) => `${s.id} ${s.firstName}`)).toEqual(['S5001 Emma', 'S5002 Liam', 'S5003 Grace']);
    expect(r.errors).toEqual([
      { line: 4, reason: 'student ID S5001 is already used on line 2' },
      { line: 6, reason: 'student ID S5002 is already used on line 3' },
    ]);
  });

  it('gives every bad row its line and a reason naming the column, and keeps the good rows', () => {
    const r = parseRosterCsv(fixture('bad-values.csv'));
    expect(r.students.map((s) => s.id)).toEqual(['S6009']);
    expect(r.errors).toEqual([
      { line: 2, reason: 'photo_consent “maybe” is not yes or no' },
      { line: 3, reason: 'name_consent “sometimes” is not none, first or full' },
      { line: 4, reason: 'student_id is empty' },
      { line: 5, reason: 'first_name is empty' },
      { line: 6, reason: 'do_not_publish “perhaps” is not yes or no' },
      { line: 7, reason: 'consent_expires “soon” is not a date (write it as 2027-06-30)' },
      { line: 8, reason: 'consent_expires “2027-02-30” is not a date (write it as 2027-06-30)' },
      { line: 9, reason: expect.stringMatching(/9 values but there are 7 column names.*quotation marks/) },
    ]);
    expect(r.fileError).toBeUndefined();
  });

  it('lists several problems of one row together', () => {
    const r = parseRosterCsv('student_id,first_name,photo_consent,name_consent\nS1,,maybe,full\nS2,Ava,yes,full');
    expect(r.errors).toEqual([{ line: 2, reason: 'first_name is empty; photo_consent “maybe” is not yes or no' }]);
  });
});

describe('whole-file problems', () => {
  it.each([
    ['', /empty/],
    ['\n\n  \n', /empty/],
  ])('an empty file', (text, message) => {
    expect(parseRosterCsv(text).fileError).toMatch(message);
  });

  it('a file with column names and no students', () => {
    const r = parseRosterCsv('student_id,first_name,last_name\n');
    expect(r.fileError).toBe('The file has column names but no student rows.');
    expect(r.students).toEqual([]);
  });

  it('no first-name column, with what the file does hold', () => {
    const r = parseRosterCsv(fixture('no-first-name.csv'));
    expect(r.fileError).toMatch(/^No first name column was found\. Line 1 should hold the column names.*“Student ID”, “Full Name”, “Media Release”/);
    expect(r.students).toEqual([]);
  });

  it('no student ID column', () => {
    expect(parseRosterCsv('first_name,last_name\nEmma,Thompson').fileError).toMatch(/No student ID column was found\. Each student needs an ID/);
  });

  it('a file without a header row', () => {
    expect(parseRosterCsv('S1001,Emma,Thompson,yes,first\nS1002,Liam,Nguyen,no,full').fileError).toMatch(
      /Line 1 should hold the column names, such as student_id, first_name.*it holds “S1001”, “Emma”/,
    );
  });

  it('a PDF renamed .csv', () => {
    expect(parseRosterCsv(fixture('renamed-pdf.csv')).fileError).toMatch(/This is a PDF, not a CSV export/);
  });

  it('an .xlsx renamed .csv', () => {
    const text = new TextDecoder('latin1').decode(readFileSync(join(fixtures, 'sis-export.xlsx')));
    expect(parseRosterCsv(text).fileError).toMatch(/spreadsheet \(\.xlsx\) with a \.csv name/);
  });

  it('binary data', () => {
    expect(parseRosterCsv('\u0001\u0002\u0003\u0000\u0004garbage\u0005').fileError).toMatch(/not readable text/);
  });

  it('a file whose every row is bad', () => {
    const r = parseRosterCsv('student_id,first_name,photo_consent\nS1,Emma,maybe\nS2,Liam,perhaps');
    expect(r.fileError).toMatch(/None of the 2 student rows could be read/);
    expect(r.errors).toHaveLength(2);
  });
});

describe('a mapping the user corrected', () => {
  const text = 'Code,Kid,Family,Pics\nA1,Emma,Thompson,Y\nA2,Liam,Nguyen,N\n';

  it('is used instead of the detected one', () => {
    const detected = parseRosterCsv(text);
    expect(detected.fileError).toMatch(/No first name column/);
    const r = parseRosterCsv(text, { mapping: { id: 0, firstName: 1, lastName: 2, photoConsent: 3 } });
    expect(r.fileError).toBeUndefined();
    expect(r.students.map((s) => [s.id, s.firstName, s.lastName, s.photoConsent, s.nameConsent])).toEqual([
      ['A1', 'Emma', 'Thompson', true, 'none'],
      ['A2', 'Liam', 'Nguyen', false, 'none'],
    ]);
  });

  it('is refused when two fields share a column or a column does not exist', () => {
    expect(parseRosterCsv(text, { mapping: { id: 0, firstName: 1, lastName: 1 } }).fileError).toBe(
      'The column “Kid” is chosen for both first name and last name.',
    );
    expect(parseRosterCsv(text, { mapping: { id: 0, firstName: 9 } }).fileError).toBe('The column chosen for first name is not in the file.');
  });
});

describe('spreadsheet rows', () => {
  it('numbers lines from firstLine and skips blank rows', () => {
    const r = parseRosterRows(
      [
        ['student_id', 'first_name', 'photo_consent'],
        ['S1', 'Emma', 'yes'],
        ['', '', ''],
        ['S2', 'Liam', 'maybe'],
      ],
      { firstLine: 3 },
    );
    expect(r.students.map((s) => s.id)).toEqual(['S1']);
    expect(r.errors).toEqual([{ line: 6, reason: 'photo_consent “maybe” is not yes or no' }]);
  });

  it('reads an .xlsx file: numeric IDs, date cells, Excel serial dates, booleans, X marks', async () => {
    const bytes = readFileSync(join(fixtures, 'sis-export.xlsx'));
    const rows = await readRosterXlsx(bytes);
    expect(rows[0]).toEqual(['Student ID', 'First Name', 'Surname', 'Photo Release', 'Name Consent', 'Non-Disclosure', 'Expiry']);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    const r = parseRosterRows(rows);
    expect(r.errors).toEqual([]);
    expect(r.students).toEqual([
      { id: '1001', firstName: 'Emma', lastName: 'Thompson', photoConsent: true, nameConsent: 'first', doNotPublish: false, consentExpires: '2027-06-30' },
      { id: '1002', firstName: 'Zoë', lastName: 'Gagnon', photoConsent: false, nameConsent: 'full', doNotPublish: false },
      { id: '1003', firstName: 'Liam', lastName: "O'Brien", photoConsent: true, nameConsent: 'none', doNotPublish: true, consentExpires: '2026-12-31' },
    ]);
  });

  it('reads an .xlsx file given as an ArrayBuffer', async () => {
    const bytes = readFileSync(join(fixtures, 'sis-export.xlsx'));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await readRosterXlsx(buffer)).length).toBe(5);
  });

  it('rejects bytes that are not an .xlsx file', async () => {
    await expect(readRosterXlsx(new TextEncoder().encode('student_id,first_name\nS1,Emma'))).rejects.toThrow();
  });
});
