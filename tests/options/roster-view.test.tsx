// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Student } from '../../rules/types.ts';
import { EMMA, IMPORT_META, LIAM, ZOE } from '../background/fixtures.ts';
import { renderOptions, rosterCount, screen, within } from './helpers.tsx';

afterEach(cleanup);

// TODAY in the helpers is 2026-05-12.
const EXPIRED: Student = { ...LIAM, id: 'S1004', firstName: 'Ines', lastName: 'Dubois', consentExpires: '2026-05-11' };
const ENDS_SOON: Student = { ...EMMA, id: 'S1005', firstName: 'Kai', lastName: 'Walker', consentExpires: '2026-06-10' };
const NOTHING: Student = { ...LIAM, id: 'S1006', firstName: 'Ola', lastName: 'Berg', photoConsent: false, nameConsent: 'none' };

const filler = (n: number): Student[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `F${1000 + i}`,
    firstName: `Pat${i}`,
    lastName: `Zimmer${String(i).padStart(3, '0')}`,
    photoConsent: true,
    nameConsent: 'first' as const,
    doNotPublish: false,
  }));

const render = (students: Student[]) => renderOptions({ seed: (r) => r.replaceRoster(students, IMPORT_META) });

function studentTable(): HTMLElement {
  return within(screen.getByRole('region', { name: 'Students' })).getByRole('table');
}

function names(): string[] {
  return within(studentTable())
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

describe('roster view', () => {
  it('lists plainly the students who must not appear in any post, and why', async () => {
    await render([EMMA, ZOE, LIAM, EXPIRED, ENDS_SOON, NOTHING]);
    const never = within(screen.getByTestId('never-list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(never).toEqual([
      'Ola Berg — No photo or name consent',
      'Ines Dubois — Consent expired 2026-05-11',
      'Zoë “Zo” O\'Brien (5A) — Do-not-publish request',
    ]);
    expect(screen.getByText(/These 3 students must not appear in any post/)).toBeTruthy();
  });

  it('flags consent that ends within 30 days', async () => {
    await render([EMMA, ENDS_SOON, EXPIRED]);
    expect(screen.getByText(/1 student’s consent ends within the next 30 days/)).toBeTruthy();
    const kai = within(studentTable()).getByRole('rowheader', { name: 'Kai Walker' }).closest('tr')!;
    expect(within(kai).getByText('Expires soon')).toBeTruthy();
    const ines = within(studentTable()).getByRole('rowheader', { name: 'Ines Dubois' }).closest('tr')!;
    expect(within(ines).getByText('Expired')).toBeTruthy();
    const emma = within(studentTable()).getByRole('rowheader', { name: 'Emma Thompson' }).closest('tr')!;
    expect(within(emma).queryByText(/Expire/)).toBeNull();
  });

  it('finds students by name regardless of accents, apostrophes and case, or by ID', async () => {
    const { user } = await render([EMMA, ZOE, LIAM]);
    const search = screen.getByLabelText('Search by name or student ID');
    await user.type(search, 'zoe obrien');
    expect(names()).toEqual(['Zoë O\'Brien (goes by Zo)']);
    await user.clear(search);
    await user.type(search, 's1003');
    expect(names()).toEqual(['Liam Nguyen']);
    await user.clear(search);
    await user.type(search, 'nobody');
    expect(screen.getByText('No student matches.')).toBeTruthy();
  });

  it('filters by consent', async () => {
    const { user } = await render([EMMA, ZOE, LIAM, EXPIRED, ENDS_SOON, NOTHING]);
    const show = screen.getByLabelText('Show');
    await user.selectOptions(show, 'No photo consent');
    expect(names()).toEqual(['Ola Berg', 'Zoë O\'Brien (goes by Zo)']);
    await user.selectOptions(show, 'Name not to be used');
    expect(names()).toEqual(['Ola Berg', 'Zoë O\'Brien (goes by Zo)']);
    await user.selectOptions(show, 'Do not publish');
    expect(names()).toEqual(['Zoë O\'Brien (goes by Zo)']);
    await user.selectOptions(show, 'Consent expired or ending within 30 days');
    expect(names()).toEqual(['Ines Dubois', 'Kai Walker']);
  });

  it('pages through a large roster', async () => {
    const { user } = await render(filler(120));
    expect(within(studentTable()).getByText('Showing 1–50 of 120 students')).toBeTruthy();
    expect(names()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(studentTable()).getByText('Showing 51–100 of 120 students')).toBeTruthy();
    expect(names()[0]).toBe('Pat50 Zimmer050');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(names()).toHaveLength(20);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('deletes the roster only after confirmation', async () => {
    const { user, repository, notify } = await render([EMMA, ZOE]);
    await user.click(screen.getByRole('button', { name: 'Delete roster…' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Delete all 2 students/);
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(rosterCount()).toBe('2');

    await user.click(screen.getByRole('button', { name: 'Delete roster…' }));
    await user.click(screen.getByRole('button', { name: 'Delete roster' }));
    await screen.findByText(/No roster is stored yet/);
    expect(rosterCount()).toBe('0');
    expect(await repository.loadStudents()).toEqual([]);
    expect(notify).toHaveBeenCalledWith('roster/changed');
  });
});
