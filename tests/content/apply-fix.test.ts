// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFix } from '../../entrypoints/compose.content/apply-fix.ts';
import { readEditor } from '../../entrypoints/compose.content/text-map.ts';
import { draftBlocks, mount } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
  delete (document as { execCommand?: unknown }).execCommand;
});

const editor = () => mount(`<div contenteditable="true" tabindex="0">${draftBlocks([['Thanks to my class'], ['See you']])}</div>`).firstElementChild as HTMLElement;
const fix = { start: 10, end: 12, expected: 'my', replacement: 'our' };

/** What the browser's insertText does: replace the selected text of one node and put the caret after it. */
function browserInsertText() {
  const exec = vi.fn((command: string, _ui: boolean, value: string) => {
    const range = getSelection()!.getRangeAt(0);
    const node = range.startContainer as Text;
    expect(command).toBe('insertText');
    node.replaceData(range.startOffset, range.endOffset - range.startOffset, value);
    return true;
  });
  Object.assign(document, { execCommand: exec });
  return exec;
}

describe('applying a quick fix', () => {
  it('selects exactly the flagged words and inserts the replacement through the editor', async () => {
    const ed = editor();
    const exec = browserInsertText();
    await expect(applyFix(ed, fix)).resolves.toBe('applied');
    expect(exec).toHaveBeenCalledOnce();
    expect(readEditor(ed).text).toBe('Thanks to our class\nSee you');
  });

  it('refuses when the text changed since the check', async () => {
    const ed = editor();
    const exec = browserInsertText();
    await expect(applyFix(ed, { ...fix, expected: 'me' })).resolves.toBe('stale');
    expect(exec).not.toHaveBeenCalled();
  });

  it('offers no direct edit for a span across text nodes, or where insertText does not exist', async () => {
    const ed = mount(`<div contenteditable="true">${draftBlocks([['Thanks to m', 'y class']])}</div>`).firstElementChild as HTMLElement;
    browserInsertText();
    await expect(applyFix(ed, fix)).resolves.toBe('unsafe');
    delete (document as { execCommand?: unknown }).execCommand;
    await expect(applyFix(editor(), fix)).resolves.toBe('unsafe');
  });

  it('reports failure when the editor did not end up with the replacement', async () => {
    const ed = editor();
    Object.assign(document, { execCommand: vi.fn(() => true) });
    await expect(applyFix(ed, fix)).resolves.toBe('failed');
  });
});
