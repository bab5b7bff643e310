// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender } from '../background/router-helpers.ts';
import { activeRules } from '../../rules/engine.ts';
import { parseSettings } from '../../rules/settings.ts';
import { checklistItem, close, draftOf, open, photo, screen, setUp, states, within } from './helpers.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CLEAN = 'We are proud of our grade 4 scientists at the science fair.';

function policy(id: string) {
  const r = parseSettings({ version: 1, policy: id });
  if (!r.ok) throw new Error(r.error);
  return r.settings;
}

describe('the automatic checklist', () => {
  it('has one item per rule of the active pack, in the registry order', async () => {
    const world = await setUp({ seed: (r) => r.saveSettings(policy('ap-80-06')), drafts: { c1: draftOf(CLEAN) } });
    const { view } = await open(world);
    expect(Object.keys(states())).toEqual(activeRules(policy('ap-80-06')).map((a) => a.rule.id));
    expect(Object.keys(states())).not.toContain('student-name');
    await close(world, view);
  });

  it('follows a district’s managed policy over the saved settings, as the worker does', async () => {
    const world = await setUp({
      seed: async (r) => {
        await r.saveSettings(policy('park-west-ap-144'));
        await fakeBrowser.storage.managed.set({ settings: JSON.stringify(policy('ap-80-06')) });
      },
      drafts: { c1: draftOf(CLEAN) },
    });
    const { view } = await open(world);
    await screen.findByText(/^Checking against AP 80-06/);
    expect(Object.keys(states())).toEqual(activeRules(policy('ap-80-06')).map((a) => a.rule.id));
    await close(world, view);
  });

  it('shows the settings the worker checks with, and follows it when the policy arrives late', async () => {
    let answerPolicy: (v: Record<string, unknown>) => void = () => undefined;
    const world = await setUp({
      seed: async (r) => {
        await r.saveSettings(policy('park-west-ap-144'));
        // Chromium can take seconds to answer the first read of managed storage.
        vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answerPolicy = resolve)) as never);
      },
    });
    // Not world.check: it waits for the worker to settle, and the policy read has not.
    await world.router.handle({ type: 'draft/check', composerId: 'c1', draft: draftOf(CLEAN) }, contentSender());
    const { view } = await open(world);
    // Until then the worker checks with the saved pack, and so does the popup.
    expect(screen.getByText(/^Checking against/).textContent).toMatch(/AP 144/);
    expect(Object.keys(states())).toEqual(activeRules(policy('park-west-ap-144')).map((a) => a.rule.id));

    answerPolicy({ settings: policy('ap-80-06') });
    await screen.findByText(/^Checking against AP 80-06/);
    await vi.waitFor(() => expect(Object.keys(states())).toEqual(activeRules(policy('ap-80-06')).map((a) => a.rule.id)));
    await close(world, view);
  });

  it('passes what the text settles, and asks the person about what it cannot (who owns it, when the trip is)', async () => {
    const world = await setUp({ drafts: { c1: draftOf(CLEAN) } });
    const { user, view } = await open(world);
    expect(states()).toMatchObject({
      'student-name': 'pass',
      'student-photo': 'pass',
      'personal-info': 'pass',
      'first-person-voice': 'pass',
      copyright: 'manual',
      'excursion-details': 'manual',
      promotion: 'manual',
    });
    expect(within(checklistItem('copyright')).getByText('Needs you')).toBeTruthy();
    expect(checklistItem('copyright').textContent).toMatch(/We own this content/);

    await user.click(screen.getByRole('checkbox', { name: /^We own this content/ }));
    expect(checklistItem('copyright').dataset.state).toBe('pass');
    await close(world, view);
  });

  it('fails a rule with its finding', async () => {
    const world = await setUp({ drafts: { c1: draftOf('I am proud of our team. My password is Tiger2026!') } });
    const { view } = await open(world);
    expect(states()).toMatchObject({ 'first-person-voice': 'fail', credentials: 'fail' });
    const voice = checklistItem('first-person-voice');
    expect(within(voice).getByText('Found a problem')).toBeTruthy();
    // The first finding, and how many more the rule found ("My" is the second).
    expect(voice.textContent).toMatch(/“I” speaks as one person\..*\(and 1 more\)/);
    expect(checklistItem('credentials').textContent).toMatch(/gives away a password/);
    await close(world, view);
  });

  it('waits on the person for photos until each is tagged or marked as showing no roster student', async () => {
    const world = await setUp({ drafts: { c1: draftOf(CLEAN, [photo(1), photo(2)]) } });
    const { user, view } = await open(world);
    expect(checklistItem('student-photo').dataset.state).toBe('manual');
    expect(checklistItem('student-photo').textContent).toMatch(/Say who is in photo 1, photo 2\./);

    await user.click(screen.getByRole('checkbox', { name: 'No student from the roster can be recognised in photo 1' }));
    expect(checklistItem('student-photo').textContent).toMatch(/Say who is in photo 2\./);
    await user.click(screen.getByRole('checkbox', { name: 'No student from the roster can be recognised in photo 2' }));
    expect(checklistItem('student-photo').dataset.state).toBe('pass');
    await close(world, view);
  });

  it('asks for a roster before names can count as checked', async () => {
    const world = await setUp({ roster: [], drafts: { c1: draftOf(CLEAN, [photo(1)]) } });
    const { view } = await open(world);
    expect(states()).toMatchObject({ 'student-name': 'manual', 'student-photo': 'manual' });
    expect(checklistItem('student-name').textContent).toMatch(/No roster loaded/);
    await close(world, view);
  });

  it('lets the approved-device list settle device checks, so the device question does not hold them', async () => {
    const settings = { ...policy('park-west-ap-144'), approvedDevices: ['Canon EOS R50'] };
    const world = await setUp({
      seed: (r) => r.saveSettings(settings),
      drafts: { c1: draftOf(CLEAN, [photo(1, { make: 'Canon', model: 'EOS R50' })]) },
    });
    const { view } = await open(world);
    expect(checklistItem('image-metadata').dataset.state).toBe('pass');
    await close(world, view);

    const unknown = await setUp({ seed: (r) => r.saveSettings(policy('park-west-ap-144')), drafts: { c1: draftOf(CLEAN, [photo(1)]) } });
    const again = await open(unknown);
    expect(checklistItem('image-metadata').dataset.state).toBe('manual');
    expect(checklistItem('image-metadata').textContent).toMatch(/school device/);
    await close(unknown, again.view);
  });
});
