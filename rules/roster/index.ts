/** The consent roster: reading exports, judging consent, and finding students' names in a post. */
export { STUDENT_FIELDS, CANONICAL_HEADERS, detectMapping, type ColumnMapping, type StudentField } from './mapping.ts';
export { parseRosterCsv, parseRosterRows, type ParseOptions, type RosterParse, type RowError } from './parse.ts';
export { readRosterXlsx } from './xlsx.ts';
export { StudentSchema } from './student-schema.ts';
export { summarizeRoster, type RosterSummary } from './summary.ts';
export { consentOn, isExpired, localDate, type ConsentToday, type Withheld } from './consent.ts';
export { buildRosterIndex } from './name-index.ts';
