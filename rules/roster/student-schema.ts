import { z } from 'zod';
import type { Student } from '../types.ts';
import type { StudentField } from './mapping.ts';
import { parseConsent, parseDate, parseNameConsent, parseYesNo, type DateOrder } from './values.ts';

/** A stored student, as the roster store and the CLI keep it. */
export const StudentSchema = z
  .object({
    id: z.string().min(1).max(100),
    firstName: z.string().min(1).max(100),
    lastName: z.string().max(100),
    preferredName: z.string().min(1).max(100).optional(),
    grade: z.string().max(50).optional(),
    homeroom: z.string().max(50).optional(),
    photoConsent: z.boolean(),
    nameConsent: z.enum(['none', 'first', 'full']),
    doNotPublish: z.boolean(),
    consentExpires: z.iso.date().optional(),
  })
  .strict() satisfies z.ZodType<Student>;

/** One row's cells, by field; a column the file lacks reads as blank. */
export type RawRow = Record<StudentField, string>;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Turns one row's cells into a Student, with reasons a school secretary can
 * act on. `labels` are the file's own column names, so a reason points at the
 * column as the spreadsheet shows it.
 */
export function rowSchema(labels: Record<StudentField, string>, order: DateOrder) {
  const text = (field: StudentField, max: number, required: boolean) =>
    z.string().transform((raw, ctx) => {
      const v = clean(raw);
      const problem = required && !v ? 'is empty' : v.length > max ? `is longer than ${max} characters` : undefined;
      if (!problem) return v;
      ctx.addIssue({ code: 'custom', message: `${labels[field]} ${problem}` });
      return z.NEVER;
    });
  const optional = (field: StudentField, max: number) => text(field, max, false).transform((v) => v || undefined);
  const yesNo = (field: StudentField, read: (raw: string) => boolean | undefined) =>
    z.string().transform((raw, ctx) => {
      const v = read(raw);
      if (v !== undefined) return v;
      ctx.addIssue({ code: 'custom', message: `${labels[field]} “${clean(raw)}” is not yes or no` });
      return z.NEVER;
    });
  return z.object({
    id: text('id', 100, true),
    firstName: text('firstName', 100, true),
    lastName: text('lastName', 100, false),
    preferredName: optional('preferredName', 100),
    grade: optional('grade', 50),
    homeroom: optional('homeroom', 50),
    photoConsent: yesNo('photoConsent', parseConsent),
    nameConsent: z.string().transform((raw, ctx) => {
      const v = parseNameConsent(raw);
      if (v) return v;
      ctx.addIssue({ code: 'custom', message: `${labels.nameConsent} “${clean(raw)}” is not none, first or full` });
      return z.NEVER;
    }),
    doNotPublish: yesNo('doNotPublish', parseYesNo),
    consentExpires: z.string().transform((raw, ctx) => {
      const r = parseDate(raw, order);
      if (r.ok) return r.date;
      ctx.addIssue({ code: 'custom', message: `${labels.consentExpires} “${clean(raw)}” is not a date (write it as 2027-06-30)` });
      return z.NEVER;
    }),
  });
}

/** Drops the optional fields a row left blank, so a student holds only what the file said. */
export function compact(s: z.output<ReturnType<typeof rowSchema>>): Student {
  const student: Student = {
    id: s.id,
    firstName: s.firstName,
    lastName: s.lastName,
    photoConsent: s.photoConsent,
    nameConsent: s.nameConsent,
    doNotPublish: s.doNotPublish,
  };
  if (s.preferredName) student.preferredName = s.preferredName;
  if (s.grade) student.grade = s.grade;
  if (s.homeroom) student.homeroom = s.homeroom;
  if (s.consentExpires) student.consentExpires = s.consentExpires;
  return StudentSchema.parse(student);
}
