import type { Transaction } from 'dexie';
import type { Student } from '../../../rules/types.ts';
import { studentKeys } from './student-keys.ts';

/**
 * Every schema the database has had, oldest first. A release only appends:
 * a browser that last ran version N upgrades through each later entry in
 * turn, so an entry is never edited once shipped. `upgrade` is given only
 * where existing rows must change.
 */
export interface SchemaVersion {
  version: number;
  /** When the version shipped; a reader of the history needs the order, Dexie needs only `version`. */
  date: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-05-01',
    stores: {
      students: 'id, lastName, nameConsent, homeroom, consentExpires',
      imports: '++id, importedAt',
      settings: 'key',
      audit: '++id, at, platform',
    },
  },
  {
    // Name search and consent filters by index: folded name words (so "zoe" finds "Zoë") and
    // consent flags as words, since IndexedDB cannot index booleans.
    version: 2,
    date: '2026-05-12',
    stores: {
      students: 'id, lastName, nameConsent, homeroom, consentExpires, *searchWords, *flags',
    },
    upgrade: (tx) =>
      tx
        .table('students')
        .toCollection()
        .modify((row: Student & Record<string, unknown>) => {
          Object.assign(row, studentKeys(row));
        }),
  },
  {
    // The account checklist: one row per school account, with the day each duty was last confirmed.
    // A new table, so nothing to upgrade.
    version: 3,
    date: '2026-11-22',
    stores: {
      accounts: '++id, &[platform+name]',
    },
  },
];
