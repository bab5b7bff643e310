import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository } from '../../entrypoints/background/db/repository.ts';
import { SCHEMA_VERSIONS } from '../../entrypoints/background/db/versions.ts';
import { EMMA, uniqueDbName, ZOE } from './fixtures.ts';

const name = uniqueDbName();

afterEach(async () => {
  await Dexie.delete(name);
});

it('upgrades a version 1 database: students gain search words and consent flags', async () => {
  // Version 1 as it shipped: students stored exactly as the roster gave them.
  const v1 = new PostGuardDB(name, SCHEMA_VERSIONS.filter((v) => v.version === 1));
  await v1.table('students').bulkAdd([EMMA, ZOE]);
  await v1.table('imports').add({ fileName: 'roster.csv', rowCount: 2, rejectedCount: 0, mapping: {}, importedAt: '2026-05-01T10:00:00.000Z', counts: { students: 2, noPhotoConsent: 1, doNotPublish: 1, nameNone: 1, nameFirst: 1, nameFull: 0 } });
  await v1.table('audit').add({ platform: 'x', rules: ['student-name'], reason: 'ok', at: '2026-05-02T10:00:00.000Z' });
  expect(v1.verno).toBe(1);
  v1.close();

  const v2 = new PostGuardDB(name, SCHEMA_VERSIONS.filter((v) => v.version <= 2));
  await v2.open();
  expect(v2.verno).toBe(2);
  expect(await v2.students.get(ZOE.id)).toEqual({
    ...ZOE,
    searchWords: ['zoe', 'o', 'brien', 'obrien', 'zo'],
    flags: ['no-photo', 'do-not-publish'],
  });
  expect((await v2.students.get(EMMA.id))?.flags).toEqual([]);

  // The new indexes answer queries over the migrated rows, and nothing else was lost.
  const repo = createRepository(v2);
  expect((await repo.findStudents({ text: 'zoë' })).map((s) => s.id)).toEqual([ZOE.id]);
  expect((await repo.rosterSummary()).counts).toMatchObject({ students: 2, noPhotoConsent: 1, doNotPublish: 1 });
  expect(await repo.loadStudents()).toEqual(expect.arrayContaining([EMMA, ZOE]));
  expect((await repo.latestImport())?.fileName).toBe('roster.csv');
  expect(await repo.listOverrides()).toHaveLength(1);
  v2.close();
});

it('declares versions in order, each dated', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  const dates = SCHEMA_VERSIONS.map((v) => v.date);
  expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  expect(dates).toEqual([...dates].sort());
});
