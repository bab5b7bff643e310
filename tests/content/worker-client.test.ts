import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, setSiteDisabled, watchSiteSwitch } from '../../utils/site-switch.ts';
import { workerClient } from '../../entrypoints/compose.content/worker-client.ts';
import type { Draft } from '../../rules/types.ts';

const draft: Draft = { platform: 'x', text: 'Hello', now: '2026-05-12T09:00:00-06:00', images: [] };

beforeEach(() => fakeBrowser.reset());
/** runtime.sendMessage, typed loosely: the worker's answers are what is under test. */
const sendMessage = () => vi.spyOn(browser.runtime, 'sendMessage') as unknown as Mock<(message: unknown) => Promise<unknown>>;
afterEach(() => vi.restoreAllMocks());

describe('the worker client', () => {
  it('unwraps the worker answer', async () => {
    const send = sendMessage().mockResolvedValue({ ok: true, data: { findings: [], rosterSize: 2 } });
    await expect(workerClient.check('x-1', draft)).resolves.toEqual({ findings: [], rosterSize: 2 });
    expect(send).toHaveBeenCalledWith({ type: 'draft/check', composerId: 'x-1', draft });
  });

  it('rejects when the worker refused, or answered nothing', async () => {
    sendMessage().mockResolvedValueOnce({ ok: false, error: 'bad draft' }).mockResolvedValueOnce(undefined);
    await expect(workerClient.check('x-1', draft)).rejects.toThrow('bad draft');
    await expect(workerClient.check('x-1', draft)).rejects.toThrow(/did not answer/);
  });

  it('tries once more when the worker was not running', async () => {
    const send = sendMessage()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, data: { id: 7 } });
    await expect(workerClient.override('facebook', ['credentials'], 'Approved')).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'audit/override', platform: 'facebook', rules: ['credentials'], reason: 'Approved' });
  });
});

describe('the per-site off switch', () => {
  it('is stored per platform in browser.storage.local and reported to watchers', async () => {
    const seen: boolean[] = [];
    const stop = watchSiteSwitch('x', (off) => seen.push(off));
    await setSiteDisabled('x', true);
    expect(await isSiteDisabled('x')).toBe(true);
    expect(await isSiteDisabled('facebook')).toBe(false);
    expect(await browser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['x'] });
    await setSiteDisabled('x', false);
    expect(await isSiteDisabled('x')).toBe(false);
    stop();
    expect(seen).toEqual([true, false]);
  });
});
