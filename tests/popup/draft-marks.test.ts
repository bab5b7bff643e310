import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftMarks, EMPTY_MARKS } from '../../entrypoints/popup/draft-marks.ts';

beforeEach(() => fakeBrowser.reset());

describe('marks in session storage', () => {
  const store = () => createDraftMarks(fakeBrowser.storage.session);
  const draft = { composerId: 'x-1-1', draftId: 'd-1' };

  it('keeps marks per tab, box and draft, and none for a draft never marked', async () => {
    await store().save(7, draft, { ticked: ['own-or-permission'], noStudents: ['0:IMG_1.jpg'] });
    expect(await store().load(7, draft)).toEqual({ ticked: ['own-or-permission'], noStudents: ['0:IMG_1.jpg'] });
    expect(await store().load(8, draft)).toEqual(EMPTY_MARKS);
    expect(await store().load(7, { ...draft, composerId: 'x-1-2' })).toEqual(EMPTY_MARKS);
    // The same box after its post went out: another draft.
    expect(await store().load(7, { ...draft, draftId: 'd-2' })).toEqual(EMPTY_MARKS);
  });

  it('ignores a stored value it does not recognise', async () => {
    await fakeBrowser.storage.session.set({ 'postguard:popup:7:x-1-1:d-1': { ticked: 'all' } });
    expect(await store().load(7, draft)).toEqual(EMPTY_MARKS);
  });

  it('prunes only the given tab’s drafts that are gone, an earlier post in the same box included, leaving the worker’s keys alone', async () => {
    await fakeBrowser.storage.session.set({ 'postguard:tab:7': { composers: {}, unsupported: [] } });
    await store().save(7, draft, { ticked: ['a'], noStudents: [] });
    await store().save(7, { ...draft, draftId: 'd-0' }, { ticked: ['old post'], noStudents: [] });
    await store().save(7, { composerId: 'gone', draftId: 'd-9' }, { ticked: ['b'], noStudents: [] });
    await store().save(70, draft, { ticked: ['other tab'], noStudents: [] });
    await store().save(9, { composerId: 'gone', draftId: 'd-9' }, { ticked: ['c'], noStudents: [] });
    await store().prune(7, [draft]);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'postguard:popup:70:x-1-1:d-1',
      'postguard:popup:7:x-1-1:d-1',
      'postguard:popup:9:gone:d-9',
      'postguard:tab:7',
    ]);
  });
});
