import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository } from '../../entrypoints/background/db/repository.ts';
import { SCHEMA_VERSIONS } from '../../entrypoints/background/db/versions.ts';
import { DEFAULT_SETTINGS } from '../../rules/settings.ts';
import { EMMA, IMPORT_META, uniqueDbName, ZOE } from './fixtures.ts';

const name = uniqueDbName();

afterEach(async () => {
  await Dexie.delete(name);
});

it('upgrades a version 2 database: an empty accounts table appears and nothing else moves', async () => {
  // Version 2 as it shipped, filled through the repository of that release.
  const v2 = new PostGuardDB(name, SCHEMA_VERSIONS.filter((v) => v.version <= 2));
  const old = createRepository(v2);
  await old.replaceRoster([EMMA, ZOE], IMPORT_META);
  await old.saveSettings({ ...DEFAULT_SETTINGS, policy: 'park-west-ap-144' });
  await old.addOverride({ platform: 'facebook', rules: ['student-photo'], reason: 'Parent confirmed by phone' });
  expect(v2.verno).toBe(2);
  expect(v2.tables.map((t) => t.name)).not.toContain('accounts');
  v2.close();

  const v3 = new PostGuardDB(name);
  await v3.open();
  expect(v3.verno).toBe(3);
  const repo = createRepository(v3);
  expect(await repo.listAccounts()).toEqual([]);
  expect((await repo.findStudents({ text: 'zoe' })).map((s) => s.id)).toEqual([ZOE.id]);
  expect((await repo.rosterSummary()).counts).toMatchObject({ students: 2, noPhotoConsent: 1, doNotPublish: 1 });
  expect((await repo.getSettings()).policy).toBe('park-west-ap-144');
  expect((await repo.listOverrides()).map((o) => o.reason)).toEqual(['Parent confirmed by phone']);

  // The new table and its unique platform+name index work on the upgraded database.
  const account = await repo.addAccount({ platform: 'facebook', name: 'Park West School' });
  await expect(repo.addAccount({ platform: 'facebook', name: 'Park West School' })).rejects.toThrow(/already on the list/);
  expect(await v3.accounts.get(account.id)).toMatchObject({ platform: 'facebook', name: 'Park West School', confirmed: {} });
  v3.close();
});
