import Papa from 'papaparse';
import type { Student } from '../types.ts';
import { CANONICAL_HEADERS, STUDENT_FIELDS, detectMapping, type ColumnMapping, type StudentField } from './mapping.ts';
import { compact, rowSchema, type RawRow } from './student-schema.ts';
import { inferDateOrder } from './values.ts';

/** A row that was left out, with its line as a spreadsheet or text editor shows it (the header is line 1). */
export interface RowError {
  line: number;
  reason: string;
}

export interface RosterParse {
  headers: string[];
  mapping: ColumnMapping;
  students: Student[];
  errors: RowError[];
  /** Set when nothing can be imported from the file, with what to do about it. */
  fileError?: string;
}

export interface ParseOptions {
  /** The user's corrected mapping; detected from the headers when absent. */
  mapping?: ColumnMapping;
  /** The line number of the first row (default 1). */
  firstLine?: number;
}

interface Line {
  cells: string[];
  line: number;
  /** A CSV syntax problem on this line. */
  problem?: string;
}

const FIELD_WORDS: Record<StudentField, string> = {
  id: 'student ID',
  firstName: 'first name',
  lastName: 'last name',
  preferredName: 'preferred name',
  grade: 'grade',
  homeroom: 'homeroom',
  photoConsent: 'photo consent',
  nameConsent: 'name consent',
  doNotPublish: 'do not publish',
  consentExpires: 'consent expiry',
};

const CONSENT_FIELDS: readonly StudentField[] = ['photoConsent', 'nameConsent', 'doNotPublish'];

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

function failed(fileError: string, headers: string[] = [], mapping: ColumnMapping = {}): RosterParse {
  return { headers, mapping, students: [], errors: [], fileError };
}

function preview(headers: readonly string[]): string {
  const shown = headers.slice(0, 6).map((h) => `“${h.length > 30 ? `${h.slice(0, 30)}…` : h}”`);
  return shown.join(', ') + (headers.length > 6 ? ', …' : '');
}

function mappingProblem(mapping: ColumnMapping, headers: readonly string[], line: number): string | undefined {
  const example = 'student_id, first_name, last_name, photo_consent, name_consent';
  for (const field of ['firstName', 'id'] as const) {
    if (mapping[field] !== undefined) continue;
    const why = field === 'id' ? ' Each student needs an ID so they can be tagged in photos.' : '';
    return `No ${FIELD_WORDS[field]} column was found.${why} Line ${line} should hold the column names, such as ${example}; it holds ${preview(headers)}.`;
  }
  const seen = new Map<number, StudentField>();
  for (const field of STUDENT_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    if (!Number.isInteger(col) || col < 0 || col >= headers.length) return `The column chosen for ${FIELD_WORDS[field]} is not in the file.`;
    const other = seen.get(col);
    if (other) return `The column “${headers[col]}” is chosen for both ${FIELD_WORDS[other]} and ${FIELD_WORDS[field]}.`;
    seen.set(col, field);
  }
  return undefined;
}

/** Why a row's shape is wrong before its values are even read: cut short, or values spilling past the last column. */
function shapeProblem(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping): string | undefined {
  const needed = Math.max(...CONSENT_FIELDS.map((f) => mapping[f] ?? -1)) + 1;
  if (cells.length < needed) {
    return `the row stops after ${cells.length} of ${headers.length} columns, before the consent columns (was the file cut off?)`;
  }
  if (cells.slice(headers.length).some((c) => c.trim() !== '')) {
    return `the row has ${cells.length} values but there are ${headers.length} column names; a value with a comma may be missing its quotation marks`;
  }
  return undefined;
}

function parseLines(lines: readonly Line[], given?: ColumnMapping): RosterParse {
  const rows = lines.filter((l) => !isBlank(l.cells) || l.problem);
  const head = rows[0];
  if (!head) return failed('The file is empty: it has no column names and no students.');
  const headers = head.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
  const mapping = given ?? detectMapping(headers);
  const problem = mappingProblem(mapping, headers, head.line);
  if (problem) return failed(problem, headers, mapping);
  const data = rows.slice(1);
  if (data.length === 0) return failed('The file has column names but no student rows.', headers, mapping);

  const cell = (cells: readonly string[], field: StudentField): string => {
    const col = mapping[field];
    return col === undefined ? '' : (cells[col] ?? '');
  };
  const labels = Object.fromEntries(
    STUDENT_FIELDS.map((f) => {
      const col = mapping[f];
      return [f, (col !== undefined && headers[col]) || CANONICAL_HEADERS[f]];
    }),
  ) as Record<StudentField, string>;
  const schema = rowSchema(labels, inferDateOrder(data.map((r) => cell(r.cells, 'consentExpires'))));

  const students: Student[] = [];
  const errors: RowError[] = [];
  const firstSeen = new Map<string, number>();
  for (const row of data) {
    const shape = row.problem ?? shapeProblem(row.cells, headers, mapping);
    if (shape) {
      errors.push({ line: row.line, reason: shape });
      continue;
    }
    const raw = Object.fromEntries(STUDENT_FIELDS.map((f) => [f, cell(row.cells, f)])) as RawRow;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      errors.push({ line: row.line, reason: parsed.error.issues.map((i) => i.message).join('; ') });
      continue;
    }
    const student = compact(parsed.data);
    const earlier = firstSeen.get(student.id);
    if (earlier !== undefined) {
      errors.push({ line: row.line, reason: `student ID ${student.id} is already used on line ${earlier}` });
      continue;
    }
    firstSeen.set(student.id, row.line);
    students.push(student);
  }
  const fileError =
    students.length === 0 ? `None of the ${data.length} student rows could be read; the reason for each is listed by line.` : undefined;
  return { headers, mapping, students, errors, ...(fileError ? { fileError } : {}) };
}

/** Rows as a spreadsheet gives them (row 0 is the header); blank rows are skipped but keep their line numbers. */
export function parseRosterRows(rows: readonly (readonly string[])[], options: ParseOptions = {}): RosterParse {
  const first = options.firstLine ?? 1;
  return parseLines(
    rows.map((cells, i) => ({ cells: cells.map((c) => String(c ?? '')), line: first + i })),
    options.mapping,
  );
}

/** Why a text is not a CSV export at all, in words for the person who picked the file. */
function notCsv(text: string): string | undefined {
  if (text.trim() === '') return 'The file is empty.';
  if (text.startsWith('%PDF')) return 'This is a PDF, not a CSV export. Export the roster from your student information system or spreadsheet as CSV or .xlsx.';
  if (text.startsWith('PK\u0003\u0004')) return 'This looks like a spreadsheet (.xlsx) with a .csv name. Rename it to .xlsx or save it as CSV.';
  if (text.startsWith('{\\rtf')) return 'This is a word-processor document, not a CSV export. Save the roster from your spreadsheet as CSV.';
  if (/^\s*<(?:!doctype|html|\?xml)/i.test(text)) return 'This is a web page or XML file, not a CSV export. Save the roster from your spreadsheet as CSV.';
  const head = text.slice(0, 4096);
  // Control characters and U+FFFD (bytes that were not text) mean binary data, whatever the file is called.
  const junk = head.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (head.includes('\u0000') || junk > head.length * 0.02) {
    return 'This file is not readable text. Choose the CSV or .xlsx export of the roster.';
  }
  return undefined;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quotation mark (") opens a value that never closes, so the rest of the file was read as one value',
  InvalidQuotes: 'a quotation mark (") inside a value is not doubled ("")',
};

/** A CSV export: BOM, CRLF or LF, commas, semicolons or tabs, quoted values with commas or line breaks. */
export function parseRosterCsv(text: string, options: ParseOptions = {}): RosterParse {
  const body = text.replace(/^\uFEFF/, '');
  const bad = notCsv(body);
  if (bad) return failed(bad);
  const lines: Line[] = [];
  let line = options.firstLine ?? 1;
  let offset = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (r) => {
      const problem = r.errors.find((e) => e.code in QUOTE_PROBLEMS);
      lines.push({ cells: r.data, line, ...(problem ? { problem: QUOTE_PROBLEMS[problem.code] } : {}) });
      // The next row starts after this one's line breaks, including those inside quoted values.
      const end = r.meta.cursor;
      const br = r.meta.linebreak === '\r' ? '\r' : '\n';
      for (let i = offset; i < end; i++) if (body[i] === br) line++;
      offset = end;
    },
  });
  return parseLines(lines, options.mapping);
}
