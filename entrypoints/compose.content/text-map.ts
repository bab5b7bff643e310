/**
 * Reads an editor's text the way the user sees it (one line per block, line
 * breaks where the editor draws them) and maps offsets of that text back to
 * DOM positions. It only reads: Draft.js and Lexical both rebuild their DOM
 * from their own state, so any node written into an editor is lost or, worse,
 * corrupts that state.
 */

interface Piece {
  /** A Text node, or an element standing for text (an emoji drawn as <img alt>). */
  node: Node;
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** A live Range over [start, end) of `text`, or null when the span no longer maps onto the DOM. */
  range(start: number, end: number): Range | null;
  /** Whether [start, end) lies inside one text node: the only replacements editors take safely. */
  singleNode(start: number, end: number): boolean;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Editors keep caret anchors made of zero-width characters; they are not text the reader sees.
const INVISIBLE_ONLY = /^[\u200b\u200c\u200d\ufeff]*$/;

function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName);
}

function following(node: Node, scope: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== scope; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * A <br> that only keeps an empty line open (Draft.js and Lexical draw empty
 * blocks this way, browsers add one after trailing text) draws no line of its
 * own: nothing visible follows it before the next block.
 */
function isPlaceholderBreak(br: Element, editor: Element): boolean {
  for (let n = following(br, editor); n; n = following(n, editor)) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (!INVISIBLE_ONLY.test(n.nodeValue ?? '')) return false;
    } else if (n instanceof Element) {
      if (isBlock(n)) return true;
      if (n.tagName === 'BR' || (n.tagName === 'IMG' && n.getAttribute('alt'))) return false;
    }
  }
  return true;
}

export function readEditor(editor: Element): TextMap {
  const pieces: Piece[] = [];
  let text = '';
  let wroteAnything = false;
  let needBreak = false;

  const flush = () => {
    if (needBreak && wroteAnything) text += '\n';
    needBreak = false;
  };
  const write = (node: Node, value: string) => {
    flush();
    pieces.push({ node, start: text.length, end: text.length + value.length });
    text += value;
    wroteAnything = true;
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value && !INVISIBLE_ONLY.test(value)) write(node, value.replace(/\u00a0/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      flush();
      if (!isPlaceholderBreak(el, editor)) text += '\n';
      wroteAnything = true;
      return;
    }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt');
      if (alt) write(el, alt);
      return;
    }
    const block = el !== editor && isBlock(el);
    if (block) needBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) needBreak = true;
  };
  walk(editor);

  const pieceAt = (offset: number, isEnd: boolean): Piece | undefined => {
    // At a boundary between two pieces, a range's start belongs to the next piece and its end to the previous one.
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      if (isEnd ? offset <= p.start : offset < p.start) hi = mid - 1;
      else if (isEnd ? offset > p.end : offset >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  };

  const setPoint = (range: Range, piece: Piece, offset: number, isEnd: boolean) => {
    const local = offset - piece.start;
    if (piece.node.nodeType === Node.TEXT_NODE) {
      if (isEnd) range.setEnd(piece.node, local);
      else range.setStart(piece.node, local);
    } else if (isEnd) {
      if (local > 0) range.setEndAfter(piece.node);
      else range.setEndBefore(piece.node);
    } else if (local < piece.end - piece.start) range.setStartBefore(piece.node);
    else range.setStartAfter(piece.node);
  };

  return {
    text,
    range(start, end) {
      if (start < 0 || end > text.length || start >= end) return null;
      // A span starting on a line break starts on the next line; one ending right after a break ends before it.
      let s = start;
      let e = end;
      while (s < e && text[s] === '\n') s++;
      while (e > s && text[e - 1] === '\n') e--;
      const first = pieceAt(s, false);
      const last = pieceAt(e, true);
      if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
      try {
        const range = editor.ownerDocument.createRange();
        setPoint(range, first, s, false);
        setPoint(range, last, e, true);
        return range;
      } catch {
        return null;
      }
    },
    singleNode(start, end) {
      const first = pieceAt(start, false);
      return !!first && first === pieceAt(end, true) && first.node.nodeType === Node.TEXT_NODE;
    },
  };
}
