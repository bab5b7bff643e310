import type { z } from 'zod';
import type { AccountItemId } from '../../../rules/account-checklist.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../rules/settings.ts';
import type { Student } from '../../../rules/types.ts';
import { localIso } from '../../../utils/local-iso.ts';
import { PostGuardDB } from './database.ts';
import {
  AccountInputSchema,
  AccountRowSchema,
  AuditEntrySchema,
  ImportMetaSchema,
  ImportRecordSchema,
  OverrideSchema,
  SETTINGS_KEY,
  SettingsRowSchema,
  StudentRowSchema,
  StudentSchema,
  type AccountInput,
  type AccountRow,
  type AuditEntry,
  type ConsentCounts,
  type ImportMeta,
  type ImportRecord,
  type Override,
  type StudentFlag,
  type StudentRow,
} from './schema.ts';
import { nameWords, studentKeys } from './student-keys.ts';

/** A write the repository refused; `message` says what to fix, in words for the person who made the change. */
export class StorageValidationError extends Error {
  override name = 'StorageValidationError';
}

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  throw new StorageValidationError(`${what}${where}: ${issue?.message ?? 'invalid'}`);
}

/** Rows checked and written per step of a roster import. */
const WRITE_CHUNK = 500;

function toRow(student: unknown, index: number): StudentRow {
  const s = check(StudentSchema, student, `Student ${index + 1}`);
  return check(StudentRowSchema, { ...s, ...studentKeys(s) }, `Student ${index + 1}`);
}

function fromRow({ searchWords: _words, flags: _flags, ...student }: StudentRow): Student {
  return student;
}

function countConsent(students: readonly Student[]): ConsentCounts {
  const counts: ConsentCounts = { students: 0, noPhotoConsent: 0, doNotPublish: 0, nameNone: 0, nameFirst: 0, nameFull: 0 };
  for (const s of students) {
    counts.students++;
    if (!s.photoConsent) counts.noPhotoConsent++;
    if (s.doNotPublish) counts.doNotPublish++;
    if (s.nameConsent === 'none') counts.nameNone++;
    else if (s.nameConsent === 'first') counts.nameFirst++;
    else counts.nameFull++;
  }
  return counts;
}

export interface RosterSummary {
  counts: ConsentCounts;
  latestImport: ImportRecord | undefined;
}

export interface StudentQuery {
  /** Words typed in a search box; each must begin one of the student's names (accents and case ignored). */
  text?: string;
  flag?: StudentFlag;
  limit?: number;
}

export function createRepository(db: PostGuardDB, now: () => Date = () => new Date()) {
  return {
    /** The IndexedDB database this repository writes, for listeners of Dexie's change notices. */
    databaseName: db.name,

    /**
     * Replaces the whole roster in one transaction: the old students go only
     * if every new one is stored, so a failed import leaves the previous
     * roster in place. Throws StorageValidationError when a student or the
     * meta is invalid (a bad student rolls the transaction back).
     */
    async replaceRoster(students: readonly Student[], meta: ImportMeta): Promise<ImportRecord> {
      const seen = new Set<string>();
      for (const s of students) {
        if (seen.has(s.id)) throw new StorageValidationError(`Student id ${s.id} appears more than once.`);
        seen.add(s.id);
      }
      const record = check(
        ImportRecordSchema,
        { ...check(ImportMetaSchema, meta, 'Import'), importedAt: now().toISOString(), counts: countConsent(students) },
        'Import',
      );
      return db.transaction('rw', db.students, db.imports, async () => {
        await db.students.clear();
        // Checked and written a chunk at a time: the page gets its thread back between chunks
        // (no long task on a 10,000-row import), and a bad row still rolls the whole import back.
        // One chunk is checked while the database writes the one before, so neither waits on the other.
        let writing: Promise<unknown> = Promise.resolve();
        for (let i = 0; i < students.length; i += WRITE_CHUNK) {
          const rows = students.slice(i, i + WRITE_CHUNK).map((s, j) => toRow(s, i + j));
          const previous = writing;
          writing = db.students.bulkAdd(rows);
          // Its failure is thrown where it is awaited; should a bad row end the loop first, this keeps
          // the write the abort cancels from surfacing as an unhandled rejection.
          writing.catch(() => {});
          await previous;
        }
        await writing;
        const id = await db.imports.add(record);
        return { ...record, id };
      });
    },

    async loadStudents(): Promise<Student[]> {
      return (await db.students.toArray()).map(fromRow);
    },

    /** Students for a list or picker, sorted by last then first name. */
    async findStudents({ text = '', flag, limit = 50 }: StudentQuery = {}): Promise<Student[]> {
      const words = nameWords(text);
      const [first, ...rest] = words;
      const base = first
        ? db.students.where('searchWords').startsWith(first).distinct()
        : flag
          ? db.students.where('flags').equals(flag)
          : db.students.toCollection();
      const rows = await base
        .filter(
          (r) =>
            (!flag || r.flags.includes(flag)) && rest.every((w) => r.searchWords.some((sw) => sw.startsWith(w))),
        )
        .toArray();
      rows.sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
      return rows.slice(0, limit).map(fromRow);
    },

    /** The students with these ids, in the same order; an id no longer on the roster is left out. */
    async studentsById(ids: readonly string[]): Promise<Student[]> {
      const rows = await db.students.bulkGet([...ids]);
      return rows.flatMap((r) => (r ? [fromRow(r)] : []));
    },

    async rosterSummary(): Promise<RosterSummary> {
      return db.transaction('r', db.students, db.imports, async () => {
        const [students, noPhotoConsent, doNotPublish, nameNone, nameFirst, nameFull, latestImport] = await Promise.all([
          db.students.count(),
          db.students.where('flags').equals('no-photo').count(),
          db.students.where('flags').equals('do-not-publish').count(),
          db.students.where('nameConsent').equals('none').count(),
          db.students.where('nameConsent').equals('first').count(),
          db.students.where('nameConsent').equals('full').count(),
          db.imports.orderBy('id').last(),
        ]);
        return { counts: { students, noPhotoConsent, doNotPublish, nameNone, nameFirst, nameFull }, latestImport };
      });
    },

    async latestImport(): Promise<ImportRecord | undefined> {
      return db.imports.orderBy('id').last();
    },

    /** Forgets the students and the record of where they came from. */
    async clearRoster(): Promise<void> {
      await db.transaction('rw', db.students, db.imports, async () => {
        await db.students.clear();
        await db.imports.clear();
      });
    },

    /** The settings in force: the defaults when none were saved or the stored document no longer validates. */
    async getSettings(): Promise<Settings> {
      const row = await db.settings.get(SETTINGS_KEY);
      if (!row) return DEFAULT_SETTINGS;
      const parsed = parseSettings(row.settings);
      return parsed.ok ? parsed.settings : DEFAULT_SETTINGS;
    },

    /** Validates and stores a settings document; answers it with every default filled in. */
    async saveSettings(input: unknown): Promise<Settings> {
      const parsed = parseSettings(input);
      if (!parsed.ok) throw new StorageValidationError(`Settings not saved: ${parsed.error}`);
      const row = check(
        SettingsRowSchema,
        { key: SETTINGS_KEY, settings: parsed.settings, savedAt: now().toISOString() },
        'Settings',
      );
      await db.settings.put(row);
      return row.settings;
    },

    /** Writes a "Post anyway" to the audit log. The entry holds no post text: its schema has nowhere to put it. */
    async addOverride(entry: Override): Promise<AuditEntry & { id: number }> {
      const row = check(AuditEntrySchema, { ...check(OverrideSchema, entry, 'Override'), at: now().toISOString() }, 'Override');
      const id = await db.audit.add(row);
      return { ...row, id };
    },

    /** Overrides, newest first. */
    async listOverrides(limit = 500): Promise<AuditEntry[]> {
      return db.audit.orderBy('id').reverse().limit(limit).toArray();
    },

    /** The school accounts of the account checklist, by platform then name. */
    async listAccounts(): Promise<(AccountRow & { id: number })[]> {
      const rows = (await db.accounts.toArray()) as (AccountRow & { id: number })[];
      return rows.sort((a, b) => a.platform.localeCompare(b.platform) || a.name.localeCompare(b.name));
    },

    /** Adds an account with nothing confirmed yet. Refuses a second account of the same name on a platform. */
    async addAccount(input: AccountInput): Promise<AccountRow & { id: number }> {
      const account = check(AccountInputSchema, input, 'Account');
      const row = check(AccountRowSchema, { ...account, confirmed: {}, createdAt: now().toISOString() }, 'Account');
      return db.transaction('rw', db.accounts, async () => {
        if (await db.accounts.where('[platform+name]').equals([row.platform, row.name]).count()) {
          throw new StorageValidationError(`${row.name} is already on the list.`);
        }
        const id = await db.accounts.add(row);
        return { ...row, id };
      });
    },

    /**
     * Records the day (YYYY-MM-DD) an account duty was last confirmed, or
     * forgets it with `null`. A day after today is refused: a confirmation
     * cannot come from the future.
     */
    async confirmAccountItem(id: number, item: AccountItemId, day: string | null): Promise<AccountRow & { id: number }> {
      return db.transaction('rw', db.accounts, async () => {
        const current = await db.accounts.get(id);
        if (!current) throw new StorageValidationError('That account is no longer on the list.');
        const { [item]: _old, ...others } = current.confirmed;
        if (day !== null && day > localIso(now()).slice(0, 10)) {
          throw new StorageValidationError('The date it was confirmed cannot be later than today.');
        }
        const row = check(AccountRowSchema, { ...current, confirmed: day === null ? others : { ...others, [item]: day } }, 'Account');
        await db.accounts.put(row);
        return { ...row, id };
      });
    },

    async removeAccount(id: number): Promise<void> {
      await db.accounts.delete(id);
    },

    /** Removes every student, import record, setting, audit entry and account. */
    async clearAllData(): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        await Promise.all(db.tables.map((t) => t.clear()));
      });
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;

/** The repository over the extension's database, for the worker, the options page and the popup. */
export const repository: Repository = createRepository(new PostGuardDB());
