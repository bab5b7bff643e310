import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, StorageValidationError, type Repository } from '../../entrypoints/background/db/repository.ts';
import { EMMA, IMPORT_META, LIAM, uniqueDbName, ZOE } from './fixtures.ts';

let db: PostGuardDB;
let repo: Repository;
// Noon UTC is the same calendar day in every zone a test machine is likely to run in.
const NOW = new Date('2026-11-22T12:00:00Z');

beforeEach(() => {
  db = new PostGuardDB(uniqueDbName());
  repo = createRepository(db, () => NOW);
});

afterEach(async () => {
  await db.delete();
});

describe('accounts of the account checklist', () => {
  it('adds accounts with nothing confirmed and lists them by platform, then name', async () => {
    await repo.addAccount({ platform: 'x', name: '@ParkWestSchool' });
    await repo.addAccount({ platform: 'facebook', name: 'Park West School' });
    await repo.addAccount({ platform: 'x', name: '@ParkWestAthletics' });
    const list = await repo.listAccounts();
    expect(list.map((a) => `${a.platform} ${a.name}`)).toEqual([
      'facebook Park West School',
      'x @ParkWestAthletics',
      'x @ParkWestSchool',
    ]);
    expect(list[0]).toMatchObject({ confirmed: {}, createdAt: NOW.toISOString() });
  });

  it('refuses a blank name, a second account of the same name on a platform, and an unknown platform', async () => {
    await expect(repo.addAccount({ platform: 'x', name: '   ' })).rejects.toThrow(/Give the account a name/);
    await repo.addAccount({ platform: 'x', name: '@School' });
    await expect(repo.addAccount({ platform: 'x', name: ' @School ' })).rejects.toThrow(StorageValidationError);
    await expect(repo.addAccount({ platform: 'facebook', name: '@School' })).resolves.toMatchObject({ platform: 'facebook' });
    await expect(repo.addAccount({ platform: 'other' as 'x', name: 'Blog' })).rejects.toThrow(StorageValidationError);
    expect(await repo.listAccounts()).toHaveLength(2);
  });

  it('records the day each duty was confirmed, changes it, and forgets it', async () => {
    const { id } = await repo.addAccount({ platform: 'x', name: '@School' });
    await repo.confirmAccountItem(id, 'two-admins', '2026-11-22');
    await repo.confirmAccountItem(id, 'password-reset', '2025-09-01');
    await repo.confirmAccountItem(id, 'password-reset', '2026-10-15');
    expect((await repo.listAccounts())[0]?.confirmed).toEqual({ 'two-admins': '2026-11-22', 'password-reset': '2026-10-15' });
    await repo.confirmAccountItem(id, 'two-admins', null);
    expect((await repo.listAccounts())[0]?.confirmed).toEqual({ 'password-reset': '2026-10-15' });
  });

  it('refuses a day after today, a malformed day and an account that is gone', async () => {
    const { id } = await repo.addAccount({ platform: 'x', name: '@School' });
    await expect(repo.confirmAccountItem(id, 'disclaimer', '2026-11-23')).rejects.toThrow(/cannot be later than today/);
    await expect(repo.confirmAccountItem(id, 'disclaimer', '22/11/2026')).rejects.toThrow(StorageValidationError);
    await repo.removeAccount(id);
    await expect(repo.confirmAccountItem(id, 'disclaimer', '2026-11-01')).rejects.toThrow(/no longer on the list/);
    expect(await repo.listAccounts()).toEqual([]);
  });

  it('goes with everything else when all data is cleared', async () => {
    await repo.addAccount({ platform: 'x', name: '@School' });
    await repo.clearAllData();
    expect(await repo.listAccounts()).toEqual([]);
  });
});

describe('students by id', () => {
  it('answers the students in the order asked, leaving out ids no longer on the roster', async () => {
    await repo.replaceRoster([EMMA, ZOE, LIAM], IMPORT_META);
    expect((await repo.studentsById([LIAM.id, 'S9999', EMMA.id])).map((s) => s.id)).toEqual([LIAM.id, EMMA.id]);
    expect(await repo.studentsById([ZOE.id])).toEqual([ZOE]);
  });
});
