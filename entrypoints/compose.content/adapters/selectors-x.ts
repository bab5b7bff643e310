import type { SelectorTable } from './selector-adapter.ts';

/** x.com (and twitter.com): a Draft.js editor per post box; threads number their boxes tweetTextarea_0, _1… */
export const X_SELECTORS: SelectorTable = {
  editor: [
    // Home, modal, reply, quote and every box of a thread.
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '[data-testid^="tweetTextarea_"]',
    // Fallbacks: the Draft.js class and the textbox role survive test-id changes.
    '.public-DraftEditor-content[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  expectedEditors: 2,
  notEditor: ['[data-testid="dmComposerTextInput"]', '[data-testid^="dm"]'],
  postButton: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
  postButtonNames: ['Post', 'Post all', 'Reply', 'Reply all', 'Tweet', 'Tweet all'],
  boundary: ['[role="dialog"]', '[aria-modal="true"]'],
  enterSends: [],
  sendButton: [],
  attachment: ['[data-testid="attachments"] [data-testid="attachment"]', '[data-testid="attachments"] [role="group"]', '[data-testid="attachments"] img'],
  genericAlt: ['Image', 'Media', ''],
};
