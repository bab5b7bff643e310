import { expect } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, RequestType, ResponseOf } from '../../entrypoints/background/messages.ts';
import type { Router } from '../../entrypoints/background/router.ts';
import type { ImageMeta } from '../../rules/types.ts';

export const TAB = 7;
export const NOW = '2026-05-12T09:00:00-06:00';

export function contentSender(url = 'https://x.com/home', tabId = TAB): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as Browser.tabs.Tab, frameId: 0 };
}

export function pageSender(path = 'popup.html'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path) };
}

export function image(n: number, extra: Partial<ImageMeta> = {}): ImageMeta {
  return { name: `IMG_${n}.jpg`, type: 'image/jpeg', ...extra };
}

export function draft(text: string, images: ImageMeta[] = []) {
  return { platform: 'x' as const, text, now: NOW, images };
}

/** Sends a message the way the browser would deliver it and unwraps a successful answer. */
export async function ask<T extends RequestType>(
  router: Router,
  message: { type: T } & Record<string, unknown>,
  sender: Browser.runtime.MessageSender,
): Promise<ResponseOf<T>> {
  const reply = (await router.handle(message, sender)) as Reply<ResponseOf<T>> | undefined;
  expect(reply, `${message.type} was dropped`).toBeDefined();
  if (!reply?.ok) throw new Error(`${message.type} failed: ${reply?.ok === false ? reply.error : 'dropped'}`);
  return reply.data;
}

export async function badge(tabId = TAB) {
  const action = fakeBrowser.action;
  return {
    text: await action.getBadgeText({ tabId }),
    color: await action.getBadgeBackgroundColor({ tabId }),
    title: await action.getTitle({ tabId }),
  };
}

export function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
