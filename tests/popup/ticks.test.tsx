// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { manualChecklist } from '../../rules/checklist.ts';
import { contentSender } from '../background/router-helpers.ts';
import { close, draftOf, leftItems, open, photo, ready, screen, setUp } from './helpers.tsx';

afterEach(cleanup);

const TEXT = 'We are proud of our grade 4 scientists at the science fair.';

function box(label: RegExp): HTMLInputElement {
  return screen.getByRole('checkbox', { name: label });
}

describe('ticks are kept per draft', () => {
  it('keeps ticks when the popup is closed and opened again', async () => {
    const world = await setUp({ drafts: { c1: draftOf(TEXT) } });
    const first = await open(world);
    await first.user.click(box(/^We own this content/));
    await first.user.click(box(/^Times and places of field trips/));
    await close(world, first.view);

    const again = await open(world);
    expect(box(/^We own this content/).checked).toBe(true);
    expect(box(/^Times and places of field trips/).checked).toBe(true);
    expect(box(/^The post speaks for the school/).checked).toBe(false);
    await close(world, again.view);
  });

  it('keeps them through edits of the same post, and starts fresh once the box was emptied and another post typed', async () => {
    const world = await setUp({ drafts: { c1: draftOf('I am proud of our grade 4 scientists at the fair.') } });
    const first = await open(world);
    await first.user.click(box(/^We own this content/));
    await close(world, first.view);

    // Rewritten from its first word on, but never emptied: still the post the ticks were made for.
    await world.check('c1', draftOf('Our grade 4 scientists made us proud at the fair.'));
    const edited = await open(world);
    expect(box(/^We own this content/).checked).toBe(true);
    await close(world, edited.view);

    // The user cleared the box (the content script says so) and wrote another post in it.
    await world.router.handle({ type: 'draft/clear', composerId: 'c1' }, contentSender());
    await world.check('c1', draftOf('Our grade 4 scientists made us proud at the fair.'));
    const next = await open(world);
    expect(box(/^We own this content/).checked).toBe(false);
    await close(world, next.view);
  });

  it('starts fresh while open when the post goes out and another is typed in the same box', async () => {
    const world = await setUp({ drafts: { c1: draftOf(TEXT) } });
    const { user, view } = await open(world);
    await user.click(box(/^We own this content/));
    await world.router.settled();

    // X empties the box after posting: the content script clears the draft, then the next post is typed.
    await world.router.handle({ type: 'draft/clear', composerId: 'c1' }, contentSender());
    await world.check('c1', draftOf('Reminder: picture day is on Thursday for every class.'));
    await screen.findByText('“Reminder: picture day is on Thursday for every…”');
    await vi.waitFor(() => expect(box(/^We own this content/).checked).toBe(false));
    await close(world, view);
  });

  it('starts fresh in a new box, and forgets the ticks of a box that is gone', async () => {
    const world = await setUp({ drafts: { c1: draftOf(TEXT) } });
    const first = await open(world);
    await first.user.click(box(/^We own this content/));
    await close(world, first.view);

    await world.router.handle({ type: 'draft/clear', composerId: 'c1' }, contentSender());
    await world.check('c2', draftOf(TEXT));
    const next = await open(world);
    expect(box(/^We own this content/).checked).toBe(false);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('postguard:popup:'))).toEqual([]);
    await close(world, next.view);
  });
});

describe('ready to post', () => {
  it('lists what is left in order: findings that hold the post, photos to settle, then the checklist', async () => {
    const world = await setUp({ drafts: { c1: draftOf('My password is Tiger2026! See you at the fair.', [photo(1)]) } });
    const { user, view } = await open(world);
    expect(ready().dataset.ready).toBe('false');
    // The draft has a photo, so every item applies.
    const items = manualChecklist('strictest');
    const total = items.length + 2;
    // The first few at a glance, all on request.
    expect(leftItems()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: `Show all ${total}` }));
    const left = leftItems();
    expect(left).toHaveLength(total);
    expect(left[0]).toMatch(/^Passwords and access codes: .*gives away a password/);
    expect(left[1]).toBe('Student photos: Say who is in the photo.');
    expect(left.slice(2)).toEqual(items.map((i) => `Tick “${i.label}”`));
    expect(screen.getByRole('heading', { name: `Not ready yet: ${left.length} things left` })).toBeTruthy();
    await close(world, view);
  });

  it('says ready once no finding holds the post and every item is ticked, warnings or not', async () => {
    const world = await setUp({ drafts: { c1: draftOf('I am proud of our grade 4 scientists at the science fair.') } });
    const { user, view } = await open(world);
    for (const item of manualChecklist('strictest').filter((i) => i.when === 'always')) {
      expect(ready().dataset.ready).toBe('false');
      await user.click(screen.getByRole('checkbox', { name: item.label }));
    }
    expect(ready().dataset.ready).toBe('true');
    expect(screen.getByRole('heading', { name: '✓ Ready to post' })).toBeTruthy();
    expect(ready().textContent).toMatch(/1 warning is still worth a look/);
    await close(world, view);
  });
});
