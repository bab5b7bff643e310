// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Sites } from '../../entrypoints/options/Sites.tsx';
import { disabledSites, setSiteDisabled } from '../../utils/site-switch.ts';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

it('turns PostGuard back on for a site switched off from the overlay', async () => {
  await setSiteDisabled('x', true);
  render(<Sites />);
  const x = await screen.findByRole('checkbox', { name: /X \(x\.com/ });
  expect((x as HTMLInputElement).checked).toBe(false);
  expect((screen.getByRole('checkbox', { name: /Facebook/ }) as HTMLInputElement).checked).toBe(true);
  await userEvent.click(x);
  expect(await disabledSites()).toEqual([]);
  expect((x as HTMLInputElement).checked).toBe(true);
});

it('follows a switch flipped elsewhere while the page is open', async () => {
  render(<Sites />);
  const fb = await screen.findByRole('checkbox', { name: /Facebook/ });
  await setSiteDisabled('facebook', true);
  await expect.poll(() => (fb as HTMLInputElement).checked).toBe(false);
});
