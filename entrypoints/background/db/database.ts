import Dexie, { type Table } from 'dexie';
import type { AccountRow, AuditEntry, ImportRecord, SettingsRow, StudentRow } from './schema.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions.ts';

export const DB_NAME = 'postguard';

/**
 * The extension's IndexedDB. The worker, the options page and the popup open
 * it by the same name (they share the extension's origin); only
 * repository.ts writes to it.
 */
export class PostGuardDB extends Dexie {
  declare students: Table<StudentRow, string>;
  declare imports: Table<ImportRecord, number>;
  declare settings: Table<SettingsRow, string>;
  declare audit: Table<AuditEntry, number>;
  declare accounts: Table<AccountRow, number>;

  /** `versions` is for upgrade tests, which open the database as an older release declared it. */
  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
