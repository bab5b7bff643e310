// @vitest-environment jsdom
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountChecklist } from '../../rules/account-checklist.ts';
import { parseSettings } from '../../rules/settings.ts';
import { close, draftOf, open, screen, setUp, within } from './helpers.tsx';

afterEach(cleanup);

function duties(): HTMLElement {
  return screen.getByTestId('account-checklist');
}

function duty(id: string): HTMLElement {
  const el = duties().querySelector<HTMLElement>(`[data-item="${id}"]`);
  if (!el) throw new Error(`no duty ${id}`);
  return el;
}

async function openSection(user: Awaited<ReturnType<typeof open>>['user']) {
  await user.click(screen.getByText('Account checklist'));
}

describe('the account checklist', () => {
  it('asks for the account, lists the five duties, and keeps the day each was confirmed in storage', async () => {
    const world = await setUp({ drafts: { c1: draftOf('We are proud of our choir.') } });
    const { user, view } = await open(world);
    await openSection(user);
    expect(screen.getByText('Which account do you post from?')).toBeTruthy();
    expect((screen.getByLabelText('Platform') as HTMLSelectElement).value).toBe('x');
    await user.type(screen.getByLabelText('Account name'), '@ParkWestSchool');
    await user.click(screen.getByRole('button', { name: 'Add account' }));

    expect(await screen.findByRole('heading', { name: '@ParkWestSchool on X' })).toBeTruthy();
    const ids = [...duties().querySelectorAll<HTMLElement>('[data-item]')].map((el) => el.dataset.item);
    expect(ids).toEqual(accountChecklist('strictest').map((i) => i.id));
    for (const el of duties().querySelectorAll<HTMLElement>('[data-item]')) expect(el.dataset.state).toBe('missing');
    // Nothing confirmed yet: the reminder says so at the top.
    expect(screen.getByTestId('account-reminder').textContent).toMatch(/5 duties due for @ParkWestSchool/);

    await user.click(within(duty('two-admins')).getByRole('button', { name: 'Confirm today: At least two administrators on the account' }));
    await screen.findByText('Confirmed 12 May 2026; next due 12 May 2027.');
    expect(duty('two-admins').dataset.state).toBe('ok');

    const [account] = await world.repository.listAccounts();
    expect(account).toMatchObject({ platform: 'x', name: '@ParkWestSchool', confirmed: { 'two-admins': '2026-05-12' } });
    await close(world, view);
  });

  it('reminds when a duty falls due, and the reminder leads to it', async () => {
    const world = await setUp({
      seed: async (r) => {
        const { id } = await r.addAccount({ platform: 'facebook', name: 'Park West School' });
        for (const item of ['two-admins', 'work-email', 'registered', 'disclaimer'] as const) await r.confirmAccountItem(id, item, '2026-03-01');
        await r.confirmAccountItem(id, 'password-reset', '2025-04-30');
      },
      drafts: { c1: draftOf('We are proud of our choir.', [], 'facebook') },
    });
    const { user, view } = await open(world);
    const reminder = screen.getByTestId('account-reminder');
    expect(reminder.textContent).toMatch(/^Account checklist: 1 duty due for Park West School\./);
    await user.click(within(reminder).getByRole('button', { name: 'Review' }));
    expect(screen.getByText('Account checklist').closest('details')?.open).toBe(true);
    expect(duty('password-reset').dataset.state).toBe('due');
    expect(duty('password-reset').textContent).toMatch(/Due: last confirmed 30 Apr 2025, more than 12 months ago\./);

    // Changed last week: the date is typed in, and the reminder goes.
    fireEvent.change(within(duty('password-reset')).getByLabelText(/^Last confirmed/), { target: { value: '2026-05-05' } });
    await screen.findByText('Confirmed 5 May 2026; next due 5 May 2027.');
    expect(screen.queryByTestId('account-reminder')).toBeNull();
    await close(world, view);
  });

  it('refuses a day after today with a reason, and keeps the day it had', async () => {
    const world = await setUp({ seed: (r) => r.addAccount({ platform: 'x', name: '@School' }) });
    const { user, view } = await open(world);
    await openSection(user);
    fireEvent.change(within(duty('disclaimer')).getByLabelText(/^Last confirmed/), { target: { value: '2026-06-01' } });
    expect((await within(duty('disclaimer')).findByRole('alert')).textContent).toBe('The date it was confirmed cannot be later than today.');
    expect((await world.repository.listAccounts())[0]?.confirmed).toEqual({});
    await close(world, view);
  });

  it('picks the account of the draft’s platform, switches between accounts, refuses a duplicate and removes one', async () => {
    const world = await setUp({
      seed: async (r) => {
        await r.addAccount({ platform: 'x', name: '@ParkWestSchool' });
        await r.addAccount({ platform: 'facebook', name: 'Park West School' });
      },
      drafts: { c1: draftOf('We are proud of our choir.', [], 'facebook') },
    });
    const { user, view } = await open(world);
    await openSection(user);
    expect(screen.getByRole('heading', { name: 'Park West School on Facebook' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Account'), screen.getByRole('option', { name: '@ParkWestSchool (X)' }));
    expect(screen.getByRole('heading', { name: '@ParkWestSchool on X' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Platform'), 'x');
    await user.type(screen.getByLabelText('Account name'), '@ParkWestSchool');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('@ParkWestSchool is already on the list.');

    await user.click(screen.getByRole('button', { name: 'Remove @ParkWestSchool…' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByRole('heading', { name: 'Park West School on Facebook' });
    expect((await world.repository.listAccounts()).map((a) => a.name)).toEqual(['Park West School']);
    await close(world, view);
  });

  it('says when the procedure in force sets no account duties', async () => {
    const settings = parseSettings({ version: 1, policy: 'park-west-ap-144' });
    if (!settings.ok) throw new Error(settings.error);
    const world = await setUp({ seed: (r) => r.saveSettings(settings.settings) });
    const { user, view } = await open(world);
    await openSection(user);
    expect(screen.getByText('The procedure in force sets no duties for the accounts themselves.')).toBeTruthy();
    await close(world, view);
  });
});
