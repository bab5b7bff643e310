import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, StorageValidationError, type Repository } from '../../entrypoints/background/db/repository.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../rules/settings.ts';
import { EMMA, IMPORT_META, LIAM, uniqueDbName, ZOE } from './fixtures.ts';

let db: PostGuardDB;
let repo: Repository;
const NOW = new Date('2026-05-12T15:00:00Z');

beforeEach(() => {
  db = new PostGuardDB(uniqueDbName());
  repo = createRepository(db, () => NOW);
});

afterEach(async () => {
  await db.delete();
});

describe('roster', () => {
  it('stores a roster and reads the same students back', async () => {
    const record = await repo.replaceRoster([EMMA, ZOE, LIAM], IMPORT_META);
    expect(record).toMatchObject({ ...IMPORT_META, importedAt: NOW.toISOString() });
    expect(record.id).toBeTypeOf('number');
    const students = await repo.loadStudents();
    expect(students.sort((a, b) => a.id.localeCompare(b.id))).toEqual([EMMA, ZOE, LIAM]);
  });

  it('replaces the previous roster rather than adding to it', async () => {
    await repo.replaceRoster([EMMA, ZOE], IMPORT_META);
    await repo.replaceRoster([LIAM], { ...IMPORT_META, fileName: 'second.csv' });
    expect(await repo.loadStudents()).toEqual([LIAM]);
    expect((await repo.latestImport())?.fileName).toBe('second.csv');
  });

  it('keeps the old roster when the write fails part-way', async () => {
    await repo.replaceRoster([EMMA, ZOE], IMPORT_META);
    // The students are cleared and re-added before the import record is written; failing there
    // must undo the clear.
    const add = vi.spyOn(db.imports, 'add').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(repo.replaceRoster([LIAM], { ...IMPORT_META, fileName: 'bad.csv' })).rejects.toThrow('disk full');
    add.mockRestore();
    const ids = (await repo.loadStudents()).map((s) => s.id).sort();
    expect(ids).toEqual([EMMA.id, ZOE.id]);
    expect((await repo.latestImport())?.fileName).toBe('roster.csv');
  });

  it('refuses an invalid student before touching the stored roster', async () => {
    await repo.replaceRoster([EMMA], IMPORT_META);
    const bad = { ...LIAM, nameConsent: 'sometimes' } as unknown as typeof LIAM;
    await expect(repo.replaceRoster([ZOE, bad], IMPORT_META)).rejects.toThrow(
      /Student 2 \(nameConsent\)/,
    );
    await expect(repo.replaceRoster([ZOE, { ...ZOE }], IMPORT_META)).rejects.toThrow(/S1002 appears more than once/);
    await expect(repo.replaceRoster([ZOE], { ...IMPORT_META, fileName: '' })).rejects.toBeInstanceOf(
      StorageValidationError,
    );
    expect(await repo.loadStudents()).toEqual([EMMA]);
  });

  it('summarises consent from the stored roster', async () => {
    await repo.replaceRoster([EMMA, ZOE, LIAM], IMPORT_META);
    const summary = await repo.rosterSummary();
    expect(summary.counts).toEqual({
      students: 3,
      noPhotoConsent: 1,
      doNotPublish: 1,
      nameNone: 1,
      nameFirst: 1,
      nameFull: 1,
    });
    expect(summary.latestImport).toMatchObject({ fileName: 'roster.csv', rowCount: 4, rejectedCount: 1 });
    expect(summary.latestImport?.counts).toEqual(summary.counts);
  });

  it('finds students by any name, ignoring accents, case and apostrophes', async () => {
    await repo.replaceRoster([EMMA, ZOE, LIAM], IMPORT_META);
    const ids = async (text: string) => (await repo.findStudents({ text })).map((s) => s.id);
    expect(await ids('zoe')).toEqual([ZOE.id]);
    expect(await ids('OBRIEN')).toEqual([ZOE.id]);
    expect(await ids('em th')).toEqual([EMMA.id]);
    expect(await ids('em ng')).toEqual([]);
    expect(await ids('')).toEqual([LIAM.id, ZOE.id, EMMA.id]);
    expect((await repo.findStudents({ flag: 'no-photo' })).map((s) => s.id)).toEqual([ZOE.id]);
    expect((await repo.findStudents({ text: 'liam', flag: 'do-not-publish' })).map((s) => s.id)).toEqual([]);
  });

  it('clears the roster and its import record', async () => {
    await repo.replaceRoster([EMMA], IMPORT_META);
    await repo.clearRoster();
    expect(await repo.loadStudents()).toEqual([]);
    expect((await repo.rosterSummary()).latestImport).toBeUndefined();
  });
});

describe('settings', () => {
  it('answers the defaults when nothing was saved', async () => {
    expect(await repo.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a valid document and fills its defaults', async () => {
    const saved = await repo.saveSettings({ version: SETTINGS_VERSION, policy: 'park-west-ap-144', imageLimit: 2 });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, policy: 'park-west-ap-144', imageLimit: 2 });
    expect(await repo.getSettings()).toEqual(saved);
  });

  it('rejects an invalid document and keeps the stored one', async () => {
    await repo.saveSettings({ version: SETTINGS_VERSION, imageLimit: 3 });
    await expect(repo.saveSettings({ version: SETTINGS_VERSION, imageLimit: 99 })).rejects.toThrow(
      /Settings not saved: imageLimit/,
    );
    expect((await repo.getSettings()).imageLimit).toBe(3);
  });

  it('falls back to the defaults when the stored row no longer validates', async () => {
    // A row written by some other means (an older build, a hand edit in devtools).
    await db.settings.put({ key: 'current', settings: { version: 1, policy: 'gone' }, savedAt: NOW.toISOString() } as never);
    expect(await repo.getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('audit log', () => {
  it('records an override with its time and lists newest first', async () => {
    await repo.addOverride({ platform: 'x', rules: ['student-name'], reason: 'Parent asked us to share' });
    await repo.addOverride({ platform: 'facebook', rules: ['personal-info', 'credentials'], reason: 'School line' });
    const list = await repo.listOverrides();
    expect(list.map((e) => e.platform)).toEqual(['facebook', 'x']);
    expect(list[1]).toMatchObject({ at: NOW.toISOString(), rules: ['student-name'], reason: 'Parent asked us to share' });
  });

  it('never stores post text, and needs a reason', async () => {
    const withText = { platform: 'x', rules: ['student-name'], reason: 'ok', text: 'Emma Thompson won!' };
    await expect(repo.addOverride(withText as never)).rejects.toBeInstanceOf(StorageValidationError);
    await expect(repo.addOverride({ platform: 'x', rules: ['student-name'], reason: '   ' })).rejects.toThrow(/reason/);
    expect(await repo.listOverrides()).toEqual([]);
  });
});

it('clearAllData empties every table', async () => {
  await repo.replaceRoster([EMMA], IMPORT_META);
  await repo.saveSettings({ version: SETTINGS_VERSION, imageLimit: 2 });
  await repo.addOverride({ platform: 'x', rules: ['promotion'], reason: 'Approved sponsor' });
  await repo.clearAllData();
  expect(await repo.loadStudents()).toEqual([]);
  expect(await repo.latestImport()).toBeUndefined();
  expect(await repo.getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await repo.listOverrides()).toEqual([]);
});
