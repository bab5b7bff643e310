// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualChecklist } from '../../rules/checklist.ts';
import { close, draftOf, open, photo, ready, screen, setUp } from './helpers.tsx';

afterEach(cleanup);

/** Presses Tab (only Tab) until the focused element is the one wanted. */
async function tabTo(user: UserEvent, target: HTMLElement, limit = 80): Promise<void> {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement, 'not reachable with Tab').toBe(target);
}

const ROLES = ['button', 'checkbox', 'combobox', 'textbox', 'option', 'listbox', 'region'] as const;

describe('keyboard and labels', () => {
  it('labels every control and region', async () => {
    const world = await setUp({
      seed: (r) => r.addAccount({ platform: 'x', name: '@School' }),
      drafts: { c1: draftOf('My class is at the fair. Call 403-555-0199.', [photo(1), photo(2)]) },
    });
    const { user, view } = await open(world);
    await user.click(screen.getByText('Account checklist'));
    await user.type(screen.getByRole('combobox', { name: 'Who is in photo 1?' }), 'e');
    await screen.findAllByRole('option');
    for (const role of ROLES) {
      const all = screen.queryAllByRole(role);
      expect(screen.queryAllByRole(role, { name: /\S/ }).length, `${role} without a name`).toBe(all.length);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
      expect(input.labels?.[0]?.textContent, 'date input without a label').toMatch(/^Last confirmed/);
    }
    expect(document.querySelectorAll('select:not([id])')).toHaveLength(0);
    await close(world, view);
  });

  it('takes a draft to "ready to post" with the keyboard alone: tag, mark, tick', async () => {
    const world = await setUp({ drafts: { c1: draftOf('We are proud of our grade 4 scientists.', [photo(1), photo(2)]) } });
    const { user, view } = await open(world);

    // Photo 1: find Emma and tag her with Enter.
    await tabTo(user, screen.getByRole('combobox', { name: 'Who is in photo 1?' }));
    await user.keyboard('emma');
    await screen.findByRole('option', { name: /Emma Thompson/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByText('Emma Thompson tagged in photo 1.');

    // Photo 2 shows nobody from the roster: Space ticks the box.
    await tabTo(user, screen.getByRole('checkbox', { name: 'No student from the roster can be recognised in photo 2' }));
    await user.keyboard(' ');

    for (const item of manualChecklist('strictest')) {
      await tabTo(user, screen.getByRole('checkbox', { name: item.label }));
      await user.keyboard(' ');
    }
    await vi.waitFor(() => expect(ready().dataset.ready).toBe('true'));
    await close(world, view);
  });

  it('reaches "Show in composer" and the account form with Tab, and adds an account with Enter', async () => {
    const world = await setUp({ drafts: { c1: draftOf('Call the office at 403-555-0199.') } });
    const { user, view } = await open(world);
    const show = screen.getByRole('button', { name: 'Show in composer' });
    await tabTo(user, show);
    await user.keyboard('{Enter}');
    expect(world.services.showFinding).toHaveBeenCalledOnce();

    await user.click(screen.getByText('Account checklist'));
    await tabTo(user, screen.getByLabelText('Account name'));
    await user.keyboard('@School{Enter}');
    expect(await screen.findByRole('heading', { name: '@School on X' })).toBeTruthy();
    await close(world, view);
  });
});
