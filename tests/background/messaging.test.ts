import { DEFAULT_SETTINGS } from '../../rules/settings.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository } from '../../entrypoints/background/db/repository.ts';
import { createRouter } from '../../entrypoints/background/router.ts';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import { MessagingError, onWorkerPush, sendMessage } from '../../utils/messaging.ts';
import { EMMA, IMPORT_META, uniqueDbName } from './fixtures.ts';
import { pageSender, TAB } from './router-helpers.ts';

type Listener = Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0];

/** Stands in for the worker: answers every message with `reply` (undefined = drops it). */
function workerAnswering(reply: unknown) {
  const listener = vi.fn<Listener>((_message, _sender, sendResponse) => {
    if (reply === undefined) return false;
    sendResponse(reply);
    return true;
  });
  fakeBrowser.runtime.onMessage.addListener(listener);
  return listener;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendMessage', () => {
  let db: PostGuardDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('resolves with the worker’s typed answer', async () => {
    db = new PostGuardDB(uniqueDbName());
    const repo = createRepository(db);
    await repo.replaceRoster([EMMA], IMPORT_META);
    const router = createRouter({ repository: repo, buildIndex: buildRosterIndex });
    // fakeBrowser delivers with an empty sender; the bridge gives the popup's.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      void router.handle(message, pageSender()).then((reply) => sendResponse(reply));
      return true;
    });
    const state = await sendMessage({ type: 'tab/state', tabId: TAB });
    expect(state).toEqual({ tabId: TAB, rosterSize: 1, composers: [], unsupported: [], settings: DEFAULT_SETTINGS });
    expect(await sendMessage({ type: 'roster/changed' })).toEqual({ rosterSize: 1 });
    await router.settled();
  });

  it('rejects with the worker’s reason when a request fails', async () => {
    workerAnswering({ ok: false, error: 'That draft is no longer open in this tab.' });
    const sent = sendMessage({ type: 'image/tag', tabId: 1, composerId: 'c', image: 0, studentIds: [] });
    await expect(sent).rejects.toEqual(new MessagingError('failed', 'That draft is no longer open in this tab.'));
    await expect(sent).rejects.toMatchObject({ code: 'failed' });
  });

  it('says the worker is unavailable when nothing listens or the message is dropped', async () => {
    await expect(sendMessage({ type: 'settings/changed' })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/not answering.*Reload the page/),
    });
    workerAnswering(undefined);
    await expect(sendMessage({ type: 'settings/changed' })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('does not retry once the extension context is gone', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendMessage({ type: 'settings/changed' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries once when the worker was starting up', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, data: null } as never);
    await expect(sendMessage({ type: 'settings/changed' })).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('refuses a malformed request without sending it', async () => {
    const worker = workerAnswering({ ok: true, data: null });
    const bad = { type: 'audit/override', platform: 'x', rules: [], reason: 'ok' } as const;
    await expect(sendMessage(bad as never)).rejects.toMatchObject({ code: 'invalid', message: /audit\/override: rules/ });
    expect(worker).not.toHaveBeenCalled();
  });

  it('refuses an answer that does not match the request’s response schema', async () => {
    workerAnswering({ ok: true, data: { findings: 'none' } });
    await expect(
      sendMessage({ type: 'draft/check', composerId: 'c', draft: { platform: 'x', text: '', now: '2026-05-12T09:00:00-06:00', images: [] } }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('onWorkerPush', () => {
  it('passes on the worker’s pushes and ignores everything else', async () => {
    const seen = vi.fn();
    const stop = onWorkerPush(seen);
    const push = { type: 'draft/rechecked', composerId: 'c1', findings: [], rosterSize: 2 };
    await fakeBrowser.runtime.onMessage.trigger(push, { id: fakeBrowser.runtime.id }, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger(push, { id: 'other-extension' }, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'draft/rechecked' }, { id: fakeBrowser.runtime.id }, () => undefined);
    expect(seen.mock.calls).toEqual([[push]]);
    stop();
    await fakeBrowser.runtime.onMessage.trigger(push, { id: fakeBrowser.runtime.id }, () => undefined);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
