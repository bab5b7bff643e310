import { browser, type Browser } from 'wxt/browser';
import { PopupRequestSchema, type FindingShowReply } from './popup-messages.ts';

/** What the popup's messages act on: the page's composers. */
export interface PopupTarget {
  show(composerId: string, start: number, end: number): boolean;
}

/**
 * Whether a message comes from one of PostGuard's own pages (the popup): our
 * extension, and not from a tab's content. A popup opened as a page in a tab
 * (`popup.html?tab=…`) has a tab, and is told apart by its extension URL.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  if (!sender.id || sender.id !== browser.runtime.id) return false;
  if (!sender.tab) return true;
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Answers the popup's messages to this tab (see PopupRequestSchema); returns a function that stops listening. */
export function listenToPopup(target: PopupTarget): () => void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: FindingShowReply) => void) => {
    if (!fromOwnPage(sender)) return;
    const request = PopupRequestSchema.safeParse(message);
    if (!request.success) return;
    const { composerId, start, end } = request.data;
    let shown = false;
    try {
      shown = target.show(composerId, start, end);
    } catch {
      // A page that re-rendered under us: the popup says the text could not be shown.
    }
    sendResponse({ shown });
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
