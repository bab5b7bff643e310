import type { Browser } from 'wxt/browser';

/** The sites whose composers PostGuard checks; the same list the content script matches. */
const CONTENT_HOSTS = new Set(['x.com', 'twitter.com', 'www.facebook.com']);

export type Sender = { kind: 'content'; tabId: number } | { kind: 'extension' };

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Who sent a message: our content script in a tab on a supported site, one
 * of our own pages (popup, options), or, when undefined, anyone else, whose
 * messages are not acted on.
 */
export function identifySender(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Sender | undefined {
  if (!sender.id || sender.id !== extensionId) return undefined;
  const url = parseUrl(sender.url ?? sender.tab?.url);
  if (!url) return undefined;
  if (url.origin === new URL(extensionOrigin).origin) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (url.protocol !== 'https:' || !CONTENT_HOSTS.has(url.hostname)) return undefined;
  if (tabId === undefined || tabId < 0) return undefined;
  return { kind: 'content', tabId };
}
