import type { SelectorTable } from './selector-adapter.ts';

/** www.facebook.com: Lexical editors in the "Create post" dialog and in comment boxes. */
export const FACEBOOK_SELECTORS: SelectorTable = {
  editor: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    // Fallbacks: a textbox that lost the Lexical marker still reads the same.
    '[contenteditable="true"][role="textbox"]',
  ],
  expectedEditors: 1,
  // Messenger chat boxes are private messages, not posts.
  notEditor: ['[aria-label="Message"]', '[aria-label^="Message " i]', '[aria-label="Search Messenger"]'],
  postButton: ['[role="dialog"] [aria-label="Post"][role="button"]', '[aria-label="Post"][role="button"]', '[aria-label="Publish"][role="button"]'],
  postButtonNames: ['Post', 'Publish', 'Share now'],
  boundary: ['[role="dialog"]'],
  // Comment and reply boxes send on Enter; their send button shows only once text is typed.
  enterSends: ['[aria-label*="comment" i]', '[aria-label^="Reply" i]', '[aria-label*="reply" i]'],
  sendButton: ['#focused-state-composer-submit', '[aria-label="Comment"][role="button"]', '[aria-label="Post comment"][role="button"]'],
  attachment: [],
  genericAlt: [''],
};
