import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS, UNSUPPORTED_TITLE } from '../../entrypoints/background/badge.ts';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, type Repository } from '../../entrypoints/background/db/repository.ts';
import { createRouter, type Router } from '../../entrypoints/background/router.ts';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import { SETTINGS_VERSION } from '../../rules/settings.ts';
import { EMMA, IMPORT_META, LIAM, uniqueDbName, ZOE } from './fixtures.ts';
import { ask, badge, contentSender, draft, image, pageSender, rgba, TAB } from './router-helpers.ts';

let db: PostGuardDB;
let repo: Repository;
let router: Router;
let buildIndex: ReturnType<typeof vi.fn<typeof buildRosterIndex>>;
let pushes: ReturnType<typeof vi.fn>;
let stop: (() => void) | undefined;

function newRouter(): Router {
  return createRouter({ repository: repo, buildIndex });
}

// Five images (one over the default limit of four), the first carrying GPS: two warnings
// from rules that read only the draft, so these tests do not depend on name matching.
const FIVE_IMAGES = [image(1, { gps: { lat: 50.04, lon: -110.68 } }), image(2), image(3), image(4), image(5)];
const POST = draft('We had a great day at the science fair.', FIVE_IMAGES);

beforeEach(async () => {
  fakeBrowser.reset();
  pushes = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = pushes as never;
  db = new PostGuardDB(uniqueDbName());
  repo = createRepository(db);
  buildIndex = vi.fn(buildRosterIndex);
  router = newRouter();
  await repo.replaceRoster([EMMA, ZOE, LIAM], IMPORT_META);
});

afterEach(async () => {
  vi.restoreAllMocks();
  stop?.();
  stop = undefined;
  await router.settled();
  await db.delete();
});

describe('draft/check', () => {
  it('answers the findings and the roster size, and counts them on the toolbar badge', async () => {
    const answer = await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    expect(answer.rosterSize).toBe(3);
    expect(answer.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['image-metadata', 'warn'],
      ['image-count', 'warn'],
    ]);
    await router.settled();
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_COLORS.warn), title: expect.stringMatching(/2 findings/) });
  });

  it('colours the badge by the worst severity and clears it when the draft is clean', async () => {
    await repo.saveSettings({ version: SETTINGS_VERSION, rules: { 'image-count': { severity: 'block' } } });
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await router.settled();
    expect(await badge()).toMatchObject({ text: '2', color: rgba(BADGE_COLORS.block), title: expect.stringMatching(/Post button/) });

    await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('We had a great day.') }, contentSender());
    await router.settled();
    expect((await badge()).text).toBe('');
  });

  it('adds up the findings of every composer in the tab, and draft/clear removes one', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await ask(router, { type: 'draft/check', composerId: 'c2', draft: draft('Reply', [image(9, { gps: { lat: 1, lon: 1 } })]) }, contentSender());
    await router.settled();
    expect((await badge()).text).toBe('3');
    expect(await ask(router, { type: 'draft/clear', composerId: 'c1' }, contentSender())).toBeNull();
    await router.settled();
    expect((await badge()).text).toBe('1');
  });

  it('keeps tabs apart', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender('https://www.facebook.com/school', 3));
    await router.settled();
    expect((await badge(3)).text).toBe('2');
    expect((await badge(TAB)).text).toBe('');
    const other = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(other.composers).toEqual([]);
  });

  it('checks a 5,000-character post from memory once the roster is loaded', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('Warm-up post.') }, contentSender());
    const load = vi.spyOn(repo, 'loadStudents');
    const settings = vi.spyOn(repo, 'getSettings');
    // A closed database throws on any read: the check must not need one.
    db.close();
    const long = draft('Our students presented their projects at the fair today. '.repeat(90).slice(0, 5000), FIVE_IMAGES);
    const started = performance.now();
    for (let i = 0; i < 20; i++) await ask(router, { type: 'draft/check', composerId: 'c1', draft: long }, contentSender());
    const perCheck = (performance.now() - started) / 20;
    expect(load).not.toHaveBeenCalled();
    expect(settings).not.toHaveBeenCalled();
    expect(buildIndex).toHaveBeenCalledTimes(1);
    expect(perCheck).toBeLessThan(25);
  });
});

describe('a worker stopped while idle', () => {
  it('answers the next keystroke and the popup the same after a restart', async () => {
    await repo.saveSettings({ version: SETTINGS_VERSION, rules: { 'image-count': { severity: 'block' } } });
    const before = await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await ask(router, { type: 'composer/unsupported', reason: 'Facebook comment box' }, contentSender());
    const stateBefore = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    await router.settled();

    // MV3 stops the worker: its memory goes, IndexedDB and session storage stay.
    const restarted = newRouter();
    expect(await ask(restarted, { type: 'tab/state', tabId: TAB }, pageSender())).toEqual(stateBefore);
    const after = await ask(restarted, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    expect(after).toEqual(before);
    expect(buildIndex).toHaveBeenCalledTimes(2);
    await restarted.settled();
  });
});

describe('roster/changed and settings/changed', () => {
  it('rebuilds the index, re-checks open drafts and tells the page', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await repo.saveSettings({ version: SETTINGS_VERSION, imageLimit: 5 });
    expect(await ask(router, { type: 'settings/changed' }, pageSender('options.html'))).toBeNull();
    await router.settled();
    expect((await badge()).text).toBe('1');
    expect(pushes).toHaveBeenCalledWith(TAB, {
      type: 'draft/rechecked',
      composerId: 'c1',
      rosterSize: 3,
      findings: [expect.objectContaining({ rule: 'image-metadata' })],
    });

    await repo.replaceRoster([LIAM], IMPORT_META);
    expect(await ask(router, { type: 'roster/changed' }, pageSender('options.html'))).toEqual({ rosterSize: 1 });
    expect(buildIndex).toHaveBeenLastCalledWith([LIAM]);
  });

  it('also follows Dexie’s change notices when the message never comes', async () => {
    stop = router.listen();
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await repo.replaceRoster([EMMA], IMPORT_META);
    await repo.saveSettings({ version: SETTINGS_VERSION, imageLimit: 5 });
    await vi.waitFor(async () => {
      await router.settled();
      const state = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
      expect(state.rosterSize).toBe(1);
      expect(state.composers[0]?.findings.map((f) => f.rule)).toEqual(['image-metadata']);
    });
  });
});

describe('tab/state and image/tag', () => {
  it('summarises the tab’s drafts for the popup without the whole text', async () => {
    const text = 'Congratulations to our grade four class on a wonderful performance at the spring concert tonight';
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft(text, [image(1)]) }, contentSender());
    const state = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(state).toMatchObject({ tabId: TAB, rosterSize: 3, unsupported: [] });
    expect(state.composers).toEqual([
      expect.objectContaining({
        composerId: 'c1',
        platform: 'x',
        excerpt: 'Congratulations to our grade four class on a…',
        textLength: text.length,
        images: [image(1)],
        findings: [],
      }),
    ]);
    expect(JSON.stringify(state)).not.toContain('spring concert');
  });

  it('says which settings the checks run with: the district’s managed policy over the saved ones', async () => {
    const saved = { version: SETTINGS_VERSION, policy: 'ap-80-06', imageLimit: 6 } as const;
    await repo.saveSettings(saved);
    expect((await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).settings).toMatchObject(saved);

    const managed = { version: SETTINGS_VERSION, policy: 'park-west-ap-144', imageLimit: 2 } as const;
    await fakeBrowser.storage.managed.set({ settings: JSON.stringify(managed) });
    const fresh = newRouter();
    await fresh.settled();
    const state = await ask(fresh, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(state.settings).toMatchObject(managed);
    // The findings come from the same settings: three images are over the managed limit of two.
    await ask(fresh, { type: 'draft/check', composerId: 'c1', draft: draft('Art day', FIVE_IMAGES.slice(1, 4)) }, contentSender());
    const tagged = await ask(fresh, { type: 'image/tag', tabId: TAB, composerId: 'c1', image: 0, studentIds: [] }, pageSender());
    expect(tagged.settings).toMatchObject(managed);
    expect(tagged.composers[0]?.findings.map((f) => f.rule)).toContain('image-count');
    await fresh.settled();
  });

  it('stores the popup’s tags on an image and keeps them for later keystrokes', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('Art day', [image(1), image(2)]) }, contentSender());
    const tagged = await ask(router, { type: 'image/tag', tabId: TAB, composerId: 'c1', image: 1, studentIds: [ZOE.id] }, pageSender());
    expect(tagged.composers[0]?.images.map((i) => i.taggedStudents)).toEqual([undefined, [ZOE.id]]);
    await router.settled();
    expect(pushes).toHaveBeenCalledWith(TAB, expect.objectContaining({ type: 'draft/rechecked', composerId: 'c1' }));

    // The user removes the first image: the tag follows IMG_2 to its new place.
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: draft('Art day!', [image(2)]) }, contentSender());
    const state = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(state.composers[0]?.images).toEqual([{ ...image(2), taggedStudents: [ZOE.id] }]);

    const untagged = await ask(router, { type: 'image/tag', tabId: TAB, composerId: 'c1', image: 0, studentIds: [] }, pageSender());
    expect(untagged.composers[0]?.images[0]?.taggedStudents).toBeUndefined();
  });

  it('says why a tag could not be stored', async () => {
    const reply = await router.handle({ type: 'image/tag', tabId: TAB, composerId: 'gone', image: 0, studentIds: [EMMA.id] }, pageSender());
    expect(reply).toEqual({ ok: false, error: 'That draft is no longer open in this tab.' });
  });

  it('shows "!" with its own colour when a composer is not being checked', async () => {
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await ask(router, { type: 'composer/unsupported', reason: 'New X composer layout' }, contentSender());
    await router.settled();
    expect(await badge()).toEqual({
      text: '!',
      color: rgba(BADGE_COLORS.unsupported),
      title: expect.stringContaining(UNSUPPORTED_TITLE),
    });
    const state = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(state.unsupported).toEqual([{ reason: 'New X composer layout', at: expect.any(String) }]);
  });
});

describe('draft ids', () => {
  const idOf = async (composerId = 'c1') =>
    (await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).composers.find((c) => c.composerId === composerId)?.draftId;
  const check = (composerId: string, d: ReturnType<typeof draft>) => ask(router, { type: 'draft/check', composerId, draft: d }, contentSender());

  it('keeps one id while a post is edited, and gives a new one once the box was cleared or its text emptied', async () => {
    await check('c1', draft('I am proud of our choir'));
    const first = await idOf();
    expect(first).toEqual(expect.any(String));
    await check('c1', draft('Our choir sang beautifully today'));
    expect(await idOf()).toBe(first);

    // The post went out: the content script clears the box, and the next post gets its own id.
    await ask(router, { type: 'draft/clear', composerId: 'c1' }, contentSender());
    await check('c1', draft('Our choir sang beautifully today'));
    const second = await idOf();
    expect(second).not.toBe(first);

    // The text deleted while a photo stays attached: what is written next is another post too,
    // and the students tagged for the last one are not carried over to it.
    await check('c1', draft('Our choir sang beautifully today', [image(1)]));
    await ask(router, { type: 'image/tag', tabId: TAB, composerId: 'c1', image: 0, studentIds: [ZOE.id] }, pageSender());
    expect(await idOf()).toBe(second);
    await check('c1', draft('', [image(1)]));
    const third = await idOf();
    expect(third).not.toBe(second);
    await check('c1', draft('Science fair', [image(1)]));
    expect(await idOf()).toBe(third);
    const state = await ask(router, { type: 'tab/state', tabId: TAB }, pageSender());
    expect(state.composers.find((c) => c.composerId === 'c1')?.images).toEqual([image(1)]);

    await check('c2', draft('A reply'));
    expect(await idOf('c2')).not.toBe(third);
  });

  it('does not bring back a box cleared while its check was still being answered', async () => {
    // A fresh worker reads the roster from IndexedDB first, so this check takes a while.
    const checking = router.handle({ type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    const clearing = router.handle({ type: 'draft/clear', composerId: 'c1' }, contentSender());
    expect(await checking).toMatchObject({ ok: true });
    expect(await clearing).toEqual({ ok: true, data: null });
    expect((await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).composers).toEqual([]);
    await router.settled();
    expect((await badge()).text).toBe('');
  });
});

describe('a tab that closes or navigates', () => {
  beforeEach(async () => {
    stop = router.listen();
    await ask(router, { type: 'draft/check', composerId: 'c1', draft: POST }, contentSender());
    await router.settled();
  });

  it('is forgotten when it closes, in memory and in session storage', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: 1 });
    await router.settled();
    expect((await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).composers).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await ask(newRouter(), { type: 'tab/state', tabId: TAB }, pageSender())).composers).toEqual([]);
  });

  it('starts clean with an idle badge when it loads another page', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading', url: 'https://x.com/settings' }, { id: TAB } as Browser.tabs.Tab);
    await router.settled();
    expect((await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).composers).toEqual([]);
    expect((await badge()).text).toBe('');
  });
});

it('audit/override writes the override to the audit log', async () => {
  const { id } = await ask(
    router,
    { type: 'audit/override', platform: 'facebook', rules: ['image-count'], reason: 'Board approved the gallery' },
    contentSender('https://www.facebook.com/'),
  );
  expect(await repo.listOverrides()).toEqual([
    { id, platform: 'facebook', rules: ['image-count'], reason: 'Board approved the gallery', at: expect.any(String) },
  ]);
});

describe('messages the worker does not act on', () => {
  const SECRET = 'Emma Thompson lives at 12 Elm Street';
  const check = { type: 'draft/check', composerId: 'c1', draft: draft(SECRET) };

  it.each([
    ['a malformed draft', { ...check, draft: { ...draft(SECRET), images: 'none' } }, contentSender()],
    ['an unknown type', { type: 'roster/delete', text: SECRET }, contentSender()],
    ['an extra field', { ...check, note: SECRET }, contentSender()],
    ['another extension', check, { ...contentSender(), id: 'someone-else' }],
    ['a site PostGuard does not check', check, contentSender('https://x.com.evil.example/home')],
    ['a page not served over https', check, contentSender('http://x.com/home')],
    ['a content script asking for a page-only action', { type: 'roster/changed' }, contentSender()],
    ['an extension page sending a draft', check, pageSender()],
  ])('drops %s, answers nothing and logs no content', async (_, message, sender) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await router.handle(message, sender)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = warn.mock.calls.flat().join(' ');
    expect(logged).toMatch(/^PostGuard: dropped a message/);
    expect(logged).not.toMatch(/Emma|Elm|evil/);
    warn.mockRestore();
    expect((await ask(router, { type: 'tab/state', tabId: TAB }, pageSender())).composers).toEqual([]);
  });
});

describe('listen', () => {
  it('answers through sendResponse, and leaves dropped messages unanswered', async () => {
    stop = router.listen();
    const sendResponse = vi.fn();
    const kept = await fakeBrowser.runtime.onMessage.trigger({ type: 'draft/check', composerId: 'c1', draft: POST }, contentSender(), sendResponse);
    expect(kept).toEqual([true]);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: expect.objectContaining({ rosterSize: 3 }) }),
    );

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ignored = vi.fn();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'tab/state', tabId: TAB }, contentSender(), ignored)).toEqual([false]);
    expect(ignored).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
