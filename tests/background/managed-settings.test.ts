import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, type Repository } from '../../entrypoints/background/db/repository.ts';
import { readManagedSettings } from '../../entrypoints/background/managed-settings.ts';
import { createRouter } from '../../entrypoints/background/router.ts';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import { uniqueDbName } from './fixtures.ts';
import { ask, contentSender, draft } from './router-helpers.ts';

const area = (value: unknown) => ({ get: async () => (value === undefined ? {} : { settings: value }) });

describe('settings from enterprise policy', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the exported settings JSON, as a string or as an object', async () => {
    const doc = { version: 1, policy: 'ap-80-06' };
    expect((await readManagedSettings(area(JSON.stringify(doc))))?.policy).toBe('ap-80-06');
    expect((await readManagedSettings(area(doc)))?.policy).toBe('ap-80-06');
  });

  it('is absent when no policy is set or the browser has no managed store', async () => {
    expect(await readManagedSettings(area(undefined))).toBeUndefined();
    expect(await readManagedSettings(undefined)).toBeUndefined();
    expect(await readManagedSettings({ get: () => Promise.reject(new Error('Managed storage is not available')) })).toBeUndefined();
  });

  it('ignores a policy that does not validate, and says why without switching checks off', async () => {
    expect(await readManagedSettings(area('{ not json'))).toBeUndefined();
    expect(await readManagedSettings(area({ version: 1, imageLimit: 0 }))).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/imageLimit/));
  });

  describe('in the worker', () => {
    let db: PostGuardDB;
    let repo: Repository;
    beforeEach(() => {
      fakeBrowser.reset();
      db = new PostGuardDB(uniqueDbName());
      repo = createRepository(db);
    });
    afterEach(async () => {
      await db.delete();
    });

    it('wins over the settings saved in the options page', async () => {
      await repo.saveSettings({ version: 1, rules: { 'first-person-voice': { enabled: true, severity: 'block' } } });
      await fakeBrowser.storage.managed.set({ settings: JSON.stringify({ version: 1, rules: { 'first-person-voice': { enabled: false } } }) });
      const router = createRouter({ repository: repo, buildIndex: buildRosterIndex });
      await router.settled();
      const answer = await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('I loved the concert.') }, contentSender());
      expect(answer.findings.map((f) => f.rule)).not.toContain('first-person-voice');
      await router.settled();
    });

    it('does not hold a check while the policy store is slow to answer, and applies the policy once it does', async () => {
      await repo.saveSettings({ version: 1, rules: { 'first-person-voice': { enabled: true, severity: 'block' } } });
      let answerPolicy: (v: Record<string, unknown>) => void = () => undefined;
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answerPolicy = resolve)) as never);
      const router = createRouter({ repository: repo, buildIndex: buildRosterIndex });
      const first = await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('I loved the concert.') }, contentSender());
      expect(first.findings.map((f) => f.rule)).toContain('first-person-voice');
      answerPolicy({ settings: { version: 1, rules: { 'first-person-voice': { enabled: false } } } });
      await router.settled();
      const next = await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('I loved the concert!') }, contentSender());
      expect(next.findings.map((f) => f.rule)).not.toContain('first-person-voice');
      await router.settled();
    });
  });
});
