import type { Platform } from '../../../rules/types.ts';

/** Where one composer lives on the page, as far as its site adapter can tell. */
export interface ComposerParts {
  /** The smallest element holding the composer's boxes and its post button (a dialog, an inline composer). */
  root: Element;
  /** The button that publishes; null when it cannot be found. */
  postButton: HTMLElement | null;
  /** Enter alone sends the text (comment boxes); otherwise Ctrl/Cmd+Enter does. */
  sendsOnEnter: boolean;
  /** Set when something PostGuard relies on is missing: the composer then gets a floating badge. */
  unsupported?: string;
}

/**
 * Everything PostGuard knows about one site's DOM. Adapters are the only code
 * that holds selectors; the rest of the content script works on the elements
 * they return.
 */
export interface SiteAdapter {
  platform: Platform;
  /** One selector matching every editor box this adapter can find; used to test added subtrees cheaply. */
  editorSelector: string;
  /** The editor boxes for posts inside `scope` (never direct messages or search fields). */
  findEditors(scope: ParentNode): HTMLElement[];
  /** The post editor `el` belongs to, if any; also accepts editors only a fallback recognises. */
  editorOf(el: Element): HTMLElement | null;
  parts(editor: HTMLElement): ComposerParts;
  /** The post (or reply, comment) button `el` is part of, if it is one. */
  postButtonOf(el: Element): HTMLElement | null;
  /** The attached-image previews inside `scope`, in order; null when the site shows none PostGuard can find. */
  attachments(scope: Element): Element[] | null;
  /** The description the user gave an attached image ("" when none). */
  altText(attachment: Element): string;
}
