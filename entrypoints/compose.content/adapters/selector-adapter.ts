import type { Platform } from '../../../rules/types.ts';
import type { ComposerParts, SiteAdapter } from './types.ts';

/**
 * A site's DOM as a table of selectors, best first: stable test ids, then
 * roles and ARIA names the sites keep for screen readers. A composer found
 * only through a fallback still works, but is reported as unsupported so
 * the selector table gets updated.
 */
export interface SelectorTable {
  /** Post editors. The first `expectedEditors` entries carry the attributes the adapter was written for. */
  editor: string[];
  expectedEditors: number;
  /** Editors that are not posts (direct messages, chat). */
  notEditor: string[];
  postButton: string[];
  /** Accessible names of post buttons, for when their test ids are gone. Compared case-insensitively. */
  postButtonNames: string[];
  /** A composer never reaches beyond these (its dialog). */
  boundary: string[];
  /** Editors where Enter alone sends (comment boxes), and the buttons that send them. */
  enterSends: string[];
  sendButton: string[];
  /** One element per attached image (it holds the preview img and, on X, the description field). */
  attachment: string[];
  /** Alt values sites put on previews that are not the user's description. */
  genericAlt: string[];
}

const MAX_DEPTH = 20;
// A comment box's send button sits right beside it; looking further would find another post's box.
const ENTER_SENDS_DEPTH = 8;

function any(list: string[]): string {
  return list.join(',');
}

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
}

export function selectorAdapter(platform: Platform, t: SelectorTable): SiteAdapter {
  const editorSel = any(t.editor);
  const expectedSel = any(t.editor.slice(0, t.expectedEditors));
  const notEditorSel = any(t.notEditor);
  const buttonSel = any([...t.postButton, ...t.sendButton]);
  const sendSel = any(t.sendButton);
  const boundarySel = any(t.boundary);
  const names = new Set(t.postButtonNames.map((n) => n.toLowerCase()));
  const genericAlt = new Set(t.genericAlt.map((a) => a.toLowerCase()));
  const enterSendsSel = any(t.enterSends);

  const isPostEditor = (el: HTMLElement) => el.isContentEditable && !(notEditorSel && el.closest(notEditorSel));

  // Some test ids sit on a wrapper around the contenteditable rather than on it.
  const editable = (el: Element): HTMLElement | null => {
    if (el instanceof HTMLElement && el.getAttribute('contenteditable') !== null && el.isContentEditable) return el;
    const inner = el.querySelector('[contenteditable="true"]');
    return inner instanceof HTMLElement ? inner : null;
  };

  /** A button named like a post button, in the editor's own dialog (or, outside dialogs, in none). */
  const byName = (scope: Element, boundary: Element | null): HTMLElement | null => {
    for (const el of scope.querySelectorAll('button,[role="button"]')) {
      const sameDialog = (boundarySel ? el.closest(boundarySel) : null) === boundary;
      if (el instanceof HTMLElement && sameDialog && names.has(nameOf(el))) return el;
    }
    return null;
  };

  const findButton = (editor: HTMLElement, comment: boolean): { root: Element; button: HTMLElement | null; byName?: true } => {
    // A comment box is sent by its own send button, never by a post button further up.
    const sel = comment ? sendSel : buttonSel;
    const maxDepth = comment ? ENTER_SENDS_DEPTH : MAX_DEPTH;
    const boundary = boundarySel ? editor.closest(boundarySel) : null;
    let last: Element = editor;
    let node = editor.parentElement;
    for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
      const found = sel ? node.querySelector(sel) : null;
      if (found instanceof HTMLElement) return { root: node, button: found };
      last = node;
      if (node === boundary || node === editor.ownerDocument.body) break;
    }
    const named = comment ? null : byName(boundary ?? last, boundary);
    if (named) {
      let root: Element = editor;
      while (root.parentElement && !root.contains(named)) root = root.parentElement;
      return { root, button: named, byName: true };
    }
    // No button: the composer is the editor's close surroundings, never the whole page.
    return { root: boundary ?? editor.parentElement?.parentElement ?? editor, button: null };
  };

  return {
    platform,
    editorSelector: editorSel,
    findEditors(scope) {
      const out = new Set<HTMLElement>();
      for (const el of scope.querySelectorAll(editorSel)) {
        const ed = editable(el);
        if (ed && isPostEditor(ed)) out.add(ed);
      }
      return [...out];
    },
    editorOf(el) {
      const hit = el.closest(editorSel);
      const ed = hit ? editable(hit) : null;
      if (ed && isPostEditor(ed) && ed.contains(el)) return ed;
      // A contenteditable the table does not know: the fallback that keeps PostGuard useful after a redesign.
      let root: HTMLElement | null = el instanceof HTMLElement && el.isContentEditable ? el : null;
      while (root?.parentElement?.isContentEditable) root = root.parentElement;
      return root && isPostEditor(root) ? root : null;
    },
    parts(editor): ComposerParts {
      const sendsOnEnter = !!enterSendsSel && editor.matches(enterSendsSel);
      const found = findButton(editor, sendsOnEnter);
      const { root, button } = found;
      const missing: string[] = [];
      if (!editor.matches(expectedSel) && !editor.closest(expectedSel)) missing.push('the editor lacks the expected attributes');
      if (found.byName) missing.push('the post button was found only by its label');
      else if (!button && !sendsOnEnter) missing.push('no post button was found');
      return { root, postButton: button, sendsOnEnter, ...(missing.length ? { unsupported: missing.join('; ') } : {}) };
    },
    postButtonOf(el) {
      const hit = el.closest(buttonSel);
      if (hit instanceof HTMLElement) return hit;
      const role = el.closest('button,[role="button"]');
      return role instanceof HTMLElement && names.has(nameOf(role)) ? role : null;
    },
    attachments(root) {
      if (!t.attachment.length) return null;
      // The first selector that matches wins: a union would count a preview and its img twice.
      for (const sel of t.attachment) {
        const found = root.querySelectorAll(sel);
        if (found.length) return [...found];
      }
      return [];
    },
    altText(attachment) {
      // The description field while it is open, else what the preview carries.
      const field = attachment.querySelector('textarea');
      const alt = (field?.value ?? (attachment.matches('img') ? attachment : attachment.querySelector('img[alt]'))?.getAttribute('alt') ?? '').trim();
      return genericAlt.has(alt.toLowerCase()) ? '' : alt;
    },
  };
}
