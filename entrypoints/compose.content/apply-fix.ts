import { readEditor } from './text-map.ts';

/**
 * applied: the editor now holds the replacement · stale: the text changed
 * since the check · unsafe: no safe way to edit this span (the user gets
 * "Copy suggestion") · failed: the editor did not take the edit.
 */
export type FixOutcome = 'applied' | 'stale' | 'unsafe' | 'failed';

export interface FixRequest {
  start: number;
  end: number;
  /** The text the finding flagged; the fix only goes in while the span still reads exactly this. */
  expected: string;
  replacement: string;
}

const SETTLE_MS = 150;

/** Resolves once the browser has reported a selection change and the page's handlers for it have run. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, SETTLE_MS);
    doc.addEventListener('selectionchange', done);
  });
}

function selects(selection: Selection, range: Range): boolean {
  if (selection.rangeCount !== 1) return false;
  const current = selection.getRangeAt(0);
  return current.compareBoundaryPoints(Range.START_TO_START, range) === 0 && current.compareBoundaryPoints(Range.END_TO_END, range) === 0;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Replaces a flagged span through the editor's own input path: select the
 * span, then `insertText`, which fires the beforeinput/input events Draft.js
 * and Lexical handle, so their state (what gets published), the caret and
 * undo stay right. Editing the DOM directly would be undone by the next
 * render or, on Draft.js, break Backspace and the caret.
 */
export async function applyFix(editor: HTMLElement, fix: FixRequest): Promise<FixOutcome> {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const map = readEditor(editor);
  if (map.text.slice(fix.start, fix.end) !== fix.expected) return 'stale';
  // Draft.js reconciles a native edit one text leaf at a time: an edit across leaves corrupts its state.
  if (!selection || typeof doc.execCommand !== 'function' || !map.singleNode(fix.start, fix.end)) return 'unsafe';

  editor.focus({ preventScroll: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    const range = readEditor(editor).range(fix.start, fix.end);
    if (!range) return 'stale';
    if (selects(selection, range)) break;
    selection.removeAllRanges();
    selection.addRange(range);
    // Draft.js inserts at the selection in its own state, which it learns from this selectionchange.
    await selectionSettled(doc);
  }
  const before = readEditor(editor);
  const target = before.range(fix.start, fix.end);
  if (before.text.slice(fix.start, fix.end) !== fix.expected || !target || !selects(selection, target)) return 'stale';

  const expected = before.text.slice(0, fix.start) + fix.replacement + before.text.slice(fix.end);
  const took = fix.replacement ? doc.execCommand('insertText', false, fix.replacement) : doc.execCommand('delete');
  if (!took) return 'failed';
  await nextFrame();
  return readEditor(editor).text === expected ? 'applied' : 'failed';
}
