import { z } from 'zod';
import { ACCOUNT_ITEM_IDS } from '../../../rules/account-checklist.ts';
import { PlatformSchema } from '../../../rules/schema.ts';
import { SettingsSchema } from '../../../rules/settings.ts';
import { StudentSchema } from '../../../rules/roster/student-schema.ts';
import { RULE_IDS } from '../../../rules/types.ts';

/** zod schemas for every table's rows: the repository checks each row against them before it writes. */

export { StudentSchema };

const Text = (max: number) => z.string().trim().max(max);

/** Consent facts a filter can ask the index for (IndexedDB cannot index booleans, so they become words). */
export const STUDENT_FLAGS = ['no-photo', 'do-not-publish'] as const;
export type StudentFlag = (typeof STUDENT_FLAGS)[number];

/** A stored student (schema v2): the student plus keys derived from it for search and filters. */
export const StudentRowSchema = StudentSchema.extend({
  searchWords: z.array(z.string().min(1)),
  flags: z.array(z.enum(STUDENT_FLAGS)),
}).strict();
export type StudentRow = z.infer<typeof StudentRowSchema>;

export const ConsentCountsSchema = z
  .object({
    students: z.number().int().nonnegative(),
    noPhotoConsent: z.number().int().nonnegative(),
    doNotPublish: z.number().int().nonnegative(),
    nameNone: z.number().int().nonnegative(),
    nameFirst: z.number().int().nonnegative(),
    nameFull: z.number().int().nonnegative(),
  })
  .strict();
export type ConsentCounts = z.infer<typeof ConsentCountsSchema>;

/** What the import wizard tells the repository about the file a roster came from. */
export const ImportMetaSchema = z
  .object({
    fileName: Text(500).min(1),
    /** Data rows in the file (header excluded), good and bad. */
    rowCount: z.number().int().nonnegative(),
    /** Rows the wizard rejected (bad values, missing id…). */
    rejectedCount: z.number().int().nonnegative(),
    /** Student field → the file's column header it was read from. */
    mapping: z.record(Text(100), Text(500)),
  })
  .strict();
export type ImportMeta = z.infer<typeof ImportMetaSchema>;

export const ImportRecordSchema = ImportMetaSchema.extend({
  id: z.number().int().positive().optional(),
  /** ISO-8601 time of the import. */
  importedAt: z.iso.datetime({ offset: true }),
  /** The roster as stored by this import. */
  counts: ConsentCountsSchema,
}).strict();
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

export const SETTINGS_KEY = 'current';

export const SettingsRowSchema = z
  .object({
    key: z.literal(SETTINGS_KEY),
    settings: SettingsSchema,
    savedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type SettingsRow = z.infer<typeof SettingsRowSchema>;

/** A "Post anyway" decision. Strict on purpose: the post's text has no field here and cannot be stored. */
export const OverrideSchema = z
  .object({
    platform: PlatformSchema,
    rules: z.array(z.enum(RULE_IDS)).min(1).max(RULE_IDS.length),
    reason: Text(1000).min(1),
  })
  .strict();
export type Override = z.infer<typeof OverrideSchema>;

export const AuditEntrySchema = OverrideSchema.extend({
  id: z.number().int().positive().optional(),
  at: z.iso.datetime({ offset: true }),
}).strict();
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What a person types to add an account to the checklist. */
export const AccountInputSchema = z
  .object({
    platform: z.enum(['x', 'facebook']),
    /** How the school knows the account, e.g. "@ParkWestSchool". */
    name: Text(100).min(1, 'Give the account a name, e.g. its @handle.'),
  })
  .strict();
export type AccountInput = z.infer<typeof AccountInputSchema>;

/** A school account (schema v3) and the day (YYYY-MM-DD) each of its duties was last confirmed. */
export const AccountRowSchema = AccountInputSchema.extend({
  id: z.number().int().positive().optional(),
  confirmed: z.partialRecord(z.enum(ACCOUNT_ITEM_IDS), z.iso.date()),
  createdAt: z.iso.datetime({ offset: true }),
}).strict();
export type AccountRow = z.infer<typeof AccountRowSchema>;
