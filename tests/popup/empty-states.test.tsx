// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App.tsx';
import { MessagingError } from '../../utils/messaging.ts';
import { contentSender } from '../background/router-helpers.ts';
import { close, draftOf, open, screen, setUp, within } from './helpers.tsx';

afterEach(cleanup);

describe('never a blank popup', () => {
  it('says when the tab has no post box, and checks again on request', async () => {
    const world = await setUp();
    const { user, view } = await open(world);
    const notice = screen.getByRole('status', { name: 'No post box on this tab.' });
    expect(notice.textContent).toMatch(/Open X or Facebook in this tab and start writing a post/);
    expect(screen.queryByTestId('checklist')).toBeNull();

    await world.check('c1', draftOf('We are proud of our choir.'));
    await user.click(within(notice).getByRole('button', { name: 'Check again' }));
    expect(await screen.findByTestId('checklist')).toBeTruthy();
    await close(world, view);
  });

  it('says when a post box on the page is not being checked', async () => {
    const world = await setUp();
    await world.router.handle({ type: 'composer/unsupported', reason: 'This Facebook post box changed and PostGuard cannot read it.' }, contentSender());
    const { view } = await open(world);
    expect(screen.getByRole('status', { name: 'A post box on this page is not being checked.' }).textContent).toMatch(/cannot read it/);
    await close(world, view);
  });

  it('offers to import a roster when none is loaded', async () => {
    const world = await setUp({ roster: [], drafts: { c1: draftOf('We are proud of our choir.') } });
    const { user, view } = await open(world);
    const notice = screen.getByRole('status', { name: 'No roster loaded.' });
    expect(notice.textContent).toMatch(/cannot check student names or who is in the photos/);
    await user.click(within(notice).getByRole('button', { name: 'Import your roster' }));
    expect(world.services.openOptions).toHaveBeenCalledOnce();
    await close(world, view);
  });

  it('retries once by itself while the worker restarts, then says so and offers to try again', async () => {
    const world = await setUp({ drafts: { c1: draftOf('We are proud of our choir.') } });
    const real = world.services.tabState;
    const tabState = vi.fn(real);
    const down = () => Promise.reject(new MessagingError('unavailable', 'not answering'));
    tabState.mockImplementationOnce(down).mockImplementationOnce(down);
    const user = userEvent.setup();
    render(<App services={{ ...world.services, tabState }} retryDelayMs={0} />);

    const alert = await screen.findByRole('alert', { name: 'PostGuard’s background worker is restarting.' });
    expect(tabState).toHaveBeenCalledTimes(2);
    expect(alert.textContent).toMatch(/Try again in a moment/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('checklist')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the worker’s reason when it could not answer', async () => {
    const world = await setUp();
    const tabState = vi.fn(() => Promise.reject(new MessagingError('failed', 'The roster could not be read.')));
    render(<App services={{ ...world.services, tabState }} retryDelayMs={0} />);
    const alert = await screen.findByRole('alert', { name: 'PostGuard could not read this tab’s draft.' });
    expect(alert.textContent).toMatch(/The roster could not be read\./);
    expect(tabState).toHaveBeenCalledOnce();
  });

  it('says when it cannot tell which tab it is for', async () => {
    const world = await setUp();
    render(<App services={{ ...world.services, tabId: async () => undefined }} />);
    expect(await screen.findByRole('status', { name: 'PostGuard could not tell which tab this is.' })).toBeTruthy();
  });

  it('follows the page while open: a new check shows without reopening', async () => {
    const world = await setUp({ drafts: { c1: draftOf('We are proud of our choir.') } });
    const { view } = await open(world);
    expect(document.querySelector('.findings [data-rule]')).toBeNull();
    await world.check('c1', draftOf('We are proud of our choir. Call 403-555-0199.'));
    await vi.waitFor(() => expect(document.querySelector('.findings [data-rule="personal-info"]')).toBeTruthy());
    await close(world, view);
  });
});
