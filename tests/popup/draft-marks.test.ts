import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftMarks, EMPTY_MARKS, firstWords, sameDraft } from '../../entrypoints/popup/draft-marks.ts';

beforeEach(() => fakeBrowser.reset());

describe('same draft or a new one', () => {
  const words = (s: string) => firstWords(s);

  it.each([
    ['I am proud of our grade 4 class', 'We are proud of our grade 4 class', true],
    ['Congratulations to our Grade 4 class on…', 'Congratulations to our grade 4 class on their win', true],
    ['Zoë and friends', 'zoe and friends at the fair', true],
    ['We are proud', '', false],
    ['', 'Science fair photos', true],
    ['', '', true],
    ['Reminder: picture day is on Thursday', 'Our team won the final game today', false],
    ['Reminder: picture day is Friday', 'Reminder: picture retakes are Monday', false],
  ])('“%s” → “%s”: same = %s', (before, now, same) => {
    expect(sameDraft(words(before), words(now))).toBe(same);
  });
});

describe('marks in session storage', () => {
  const store = () => createDraftMarks(fakeBrowser.storage.session);
  const draft = { composerId: 'x-1-1', excerpt: 'We are proud of our choir' };

  it('keeps marks per tab and box, and none for a box never marked', async () => {
    await store().save(7, draft, { ticked: ['own-or-permission'], noStudents: ['0:IMG_1.jpg'] });
    expect(await store().load(7, draft)).toEqual({ ticked: ['own-or-permission'], noStudents: ['0:IMG_1.jpg'] });
    expect(await store().load(8, draft)).toEqual(EMPTY_MARKS);
    expect(await store().load(7, { ...draft, composerId: 'x-1-2' })).toEqual(EMPTY_MARKS);
  });

  it('ignores a stored value it does not recognise', async () => {
    await fakeBrowser.storage.session.set({ 'postguard:popup:7:x-1-1': { ticked: 'all' } });
    expect(await store().load(7, draft)).toEqual(EMPTY_MARKS);
  });

  it('prunes only the given tab’s boxes that are gone, leaving the worker’s keys alone', async () => {
    await fakeBrowser.storage.session.set({ 'postguard:tab:7': { composers: {}, unsupported: [] } });
    await store().save(7, draft, { ticked: ['a'], noStudents: [] });
    await store().save(7, { ...draft, composerId: 'gone' }, { ticked: ['b'], noStudents: [] });
    await store().save(9, { ...draft, composerId: 'gone' }, { ticked: ['c'], noStudents: [] });
    await store().prune(7, ['x-1-1']);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'postguard:popup:7:x-1-1',
      'postguard:popup:9:gone',
      'postguard:tab:7',
    ]);
  });
});
