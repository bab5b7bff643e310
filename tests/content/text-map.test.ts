// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readEditor } from '../../entrypoints/compose.content/text-map.ts';
import { draftBlocks, lexicalParagraphs, mount } from './helpers.ts';

afterEach(() => document.body.replaceChildren());

function editorWith(inner: string): HTMLElement {
  return mount(`<div contenteditable="true" role="textbox">${inner}</div>`).firstElementChild as HTMLElement;
}

/** Every span of the text must map to a DOM range reading exactly that span. */
function expectRangesMatch(editor: HTMLElement, spans: [number, number][]) {
  const map = readEditor(editor);
  for (const [s, e] of spans) {
    const expected = map.text.slice(s, e).replace(/^\n+|\n+$/g, '');
    expect(map.range(s, e)?.toString().replace(/\n/g, ''), `${s}-${e}`).toBe(expected.replace(/\n/g, ''));
  }
}

describe('Draft.js editor (X)', () => {
  it('reads one line per block, with empty blocks as empty lines', () => {
    const editor = editorWith(`<div data-contents="true">${draftBlocks([['Field trip ', 'tomorrow'], [], ['Meet at ', '@ParkWest', ' 8:30 #trip']])}</div>`);
    expect(readEditor(editor).text).toBe('Field trip tomorrow\n\nMeet at @ParkWest 8:30 #trip');
  });

  it('maps offsets across leaves and blocks back to the DOM', () => {
    const editor = editorWith(draftBlocks([['Hello ', 'Emma Thompson'], [], ['See you 🎉 soon']]));
    const { text } = readEditor(editor);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    expect(readEditor(editor).range(...at('Emma Thompson'))?.toString()).toBe('Emma Thompson');
    expect(readEditor(editor).range(...at('🎉'))?.toString()).toBe('🎉');
    expect(readEditor(editor).range(...at('lo Emma'))?.toString()).toBe('lo Emma');
    expectRangesMatch(editor, [[0, 5], [6, 10], [0, text.length], [3, 25]]);
  });

  it('says whether a span lies in one text node (the only edits Draft.js takes safely)', () => {
    const editor = editorWith(draftBlocks([['Hello ', 'Emma Thompson']]));
    const map = readEditor(editor);
    expect(map.singleNode(6, 19)).toBe(true);
    expect(map.singleNode(3, 10)).toBe(false);
  });

  it('reads an empty editor as empty text', () => {
    const editor = editorWith(draftBlocks([[]]));
    expect(readEditor(editor).text).toBe('');
    expect(readEditor(editor).range(0, 1)).toBeNull();
  });
});

describe('Lexical editor (Facebook)', () => {
  it('reads paragraphs, empty paragraphs and soft line breaks as the user sees them', () => {
    const editor = editorWith(lexicalParagraphs([['Hi families'], [], ['Line one', { br: true }, 'Line two']]));
    editor.setAttribute('data-lexical-editor', 'true');
    expect(readEditor(editor).text).toBe('Hi families\n\nLine one\nLine two');
  });

  it('maps offsets onto the right paragraph', () => {
    const editor = editorWith(lexicalParagraphs([['Hi families'], [], ['Call 403-555-0199 today']]));
    const map = readEditor(editor);
    const start = map.text.indexOf('403');
    expect(map.range(start, start + 12)?.toString()).toBe('403-555-0199');
    expectRangesMatch(editor, [[0, 2], [3, 11], [13, 17]]);
  });

  it('counts an emoji drawn as an image by its alt text, and skips caret-anchor characters', () => {
    const editor = editorWith('<p><span data-lexical-text="true">Go team </span><img alt="🏀" src="data:,"><span>\u200b</span><span data-lexical-text="true"> win</span></p>');
    const map = readEditor(editor);
    expect(map.text).toBe('Go team 🏀 win');
    const range = map.range(8, 10);
    expect(range?.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('🏀');
  });

  it('reads non-breaking spaces as spaces without shifting offsets', () => {
    const editor = editorWith('<p><span>a\u00a0\u00a0b</span></p>');
    const map = readEditor(editor);
    expect(map.text).toBe('a  b');
    expect(map.range(3, 4)?.toString()).toBe('b');
  });
});

it('gives no range once the flagged text has been removed from the page', () => {
  const editor = editorWith(lexicalParagraphs([['Emma Thompson']]));
  const map = readEditor(editor);
  editor.replaceChildren();
  expect(map.range(0, 4)).toBeNull();
});
