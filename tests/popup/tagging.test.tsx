// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checklistItem, close, draftOf, OLIVIA, open, photo, screen, setUp, TAB, within } from './helpers.tsx';
import { EMMA, LIAM, ZOE } from '../background/fixtures.ts';

afterEach(cleanup);

const POST = draftOf('We are proud of our grade 4 scientists at the science fair.', [photo(1), photo(2)]);

function photoSection(n: number): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^Photo ${n} `) });
}

describe('who is in this photo?', () => {
  it('finds students as the name is typed and tags one by keyboard; the worker re-checks and tells the page', async () => {
    const world = await setUp({ drafts: { c1: POST } });
    const { user, view } = await open(world);
    const box = within(photoSection(1)).getByRole('combobox', { name: 'Who is in photo 1?' });

    await user.click(box);
    await user.keyboard('o');
    const options = await within(photoSection(1)).findAllByRole('option');
    // "o" begins Olivia and O'Brien (Zoë's last name).
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^Olivia Martin · grade 4, 4ANo photo consent$/),
      expect.stringMatching(/^Zo O'Brien · grade 5, 5ADo not publish$/),
    ]);
    await user.keyboard('li');
    await vi.waitFor(() => expect(within(photoSection(1)).getAllByRole('option')).toHaveLength(1));
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(within(photoSection(1)).getByRole('option').id);
    await user.keyboard('{Enter}');

    const tags = await within(photoSection(1)).findByRole('list', { name: 'Students in photo 1' });
    expect(within(tags).getByText('Olivia Martin')).toBeTruthy();
    expect(within(tags).getByText('No photo consent')).toBeTruthy();
    expect(box).toBe(document.activeElement);
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Olivia Martin tagged in photo 1.')).toBeTruthy();

    // The tag feeds the student-photo rule at once: the popup and the overlay (by the worker's push) both see it.
    await vi.waitFor(() => expect(checklistItem('student-photo').dataset.state).toBe('fail'));
    expect(document.querySelector('.findings [data-rule="student-photo"]')?.textContent).toMatch(/Olivia Martin’s family has not given photo consent/);
    await world.router.settled();
    expect(world.pushes).toHaveBeenCalledWith(
      TAB,
      expect.objectContaining({
        type: 'draft/rechecked',
        composerId: 'c1',
        findings: expect.arrayContaining([expect.objectContaining({ rule: 'student-photo', studentIds: [OLIVIA.id], image: 0 })]),
      }),
    );
    await close(world, view);
  });

  it('does not offer a student already tagged, and removes a tag', async () => {
    const world = await setUp({ drafts: { c1: POST } });
    const { user, view } = await open(world);
    const box = within(photoSection(2)).getByRole('combobox', { name: 'Who is in photo 2?' });
    await user.type(box, 'emma');
    await user.click(await within(photoSection(2)).findByRole('option', { name: /Emma Thompson/ }));
    await within(photoSection(2)).findByRole('list', { name: 'Students in photo 2' });
    await user.type(box, 'emma');
    expect(await within(photoSection(2)).findByText('Everyone matching “emma” is tagged already.')).toBeTruthy();
    await user.clear(box);

    // Emma has photo consent: tagged, the rule passes once photo 1 is settled too.
    await user.click(screen.getByRole('checkbox', { name: 'No student from the roster can be recognised in photo 1' }));
    expect(checklistItem('student-photo').dataset.state).toBe('pass');

    await user.click(within(photoSection(2)).getByRole('button', { name: 'Remove Emma Thompson from photo 2' }));
    await vi.waitFor(() => expect(within(photoSection(2)).queryByRole('list', { name: 'Students in photo 2' })).toBeNull());
    expect(checklistItem('student-photo').dataset.state).toBe('manual');
    const state = await world.services.tabState(7);
    expect(state.composers[0]?.images[1]?.taggedStudents ?? []).toEqual([]);
    await close(world, view);
  });

  it('tags the match for the whole name when Enter comes before the search has answered', async () => {
    const roy = { ...EMMA, id: 'S1006', lastName: 'Roy', photoConsent: false };
    const world = await setUp({ roster: [EMMA, roy, LIAM], drafts: { c1: POST } });
    const { findStudents } = world.repository;
    const slow = { ...world.repository, findStudents: async (q: Parameters<typeof findStudents>[0]) => {
      if (q?.text !== 'emma') await new Promise((r) => setTimeout(r, 60));
      return findStudents(q);
    } };
    world.services.repository = slow;
    const { user, view } = await open(world);
    await user.type(within(photoSection(1)).getByRole('combobox', { name: 'Who is in photo 1?' }), 'emma');
    // "Emma Roy" comes first for "emma"; Enter right after " th" must not take her.
    expect((await within(photoSection(1)).findAllByRole('option'))[0]?.textContent).toMatch(/^Emma Roy/);
    await user.keyboard(' th{Enter}');
    expect(await screen.findByText('Emma Thompson tagged in photo 1.')).toBeTruthy();
    expect(within(photoSection(1)).getByRole('list', { name: 'Students in photo 1' }).textContent).not.toMatch(/Roy/);
    await close(world, view);
  });

  it('says when no student matches, and closes the list with Escape', async () => {
    const world = await setUp({ drafts: { c1: POST } });
    const { user, view } = await open(world);
    const box = within(photoSection(1)).getByRole('combobox', { name: 'Who is in photo 1?' });
    await user.type(box, 'xyz');
    expect(await within(photoSection(1)).findByText('No student on the roster matches “xyz”.')).toBeTruthy();
    await user.clear(box);
    await user.type(box, 'li');
    await within(photoSection(1)).findByRole('option', { name: /Liam Nguyen/ });
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(within(photoSection(1)).queryByRole('option')).toBeNull();
    await close(world, view);
  });

  it('lists on demand the students who must not appear in any photo, with the reason', async () => {
    const expired = { ...LIAM, id: 'S1005', firstName: 'Ava', lastName: 'Adams', consentExpires: '2026-01-31' };
    const world = await setUp({ roster: [EMMA, ZOE, LIAM, OLIVIA, expired], drafts: { c1: POST } });
    const { user, view } = await open(world);
    expect(screen.queryByTestId('barred-students')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Who must not appear in any photo?' }));
    const list = await screen.findByTestId('barred-students');
    expect(screen.getByText('3 students must not appear in any photo:')).toBeTruthy();
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Ava AdamsConsent expired',
      'Olivia Martin · grade 4, 4ANo photo consent',
      "Zo O'Brien · grade 5, 5ADo not publish",
    ]);
    await user.click(screen.getByRole('button', { name: 'Hide the students who must not appear in photos' }));
    expect(screen.queryByTestId('barred-students')).toBeNull();
    await close(world, view);
  });
});
