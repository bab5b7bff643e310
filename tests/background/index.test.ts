import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { repository } from '../../entrypoints/background/db/repository.ts';
import { contentSender, draft, image } from './router-helpers.ts';

beforeEach(async () => {
  fakeBrowser.reset();
  await repository.clearAllData();
});

it('starts the router on the extension’s own database when the worker starts', async () => {
  background.main();
  const sendResponse = vi.fn();
  const message = { type: 'draft/check', composerId: 'c1', draft: draft('Gallery', [1, 2, 3, 4, 5].map((n) => image(n))) };
  expect(await fakeBrowser.runtime.onMessage.trigger(message, contentSender(), sendResponse)).toEqual([true]);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  expect(sendResponse.mock.calls[0]?.[0]).toEqual({
    ok: true,
    data: { rosterSize: 0, findings: [expect.objectContaining({ rule: 'image-count' })] },
  });
});
