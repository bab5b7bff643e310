import type { CheckResponse, FindingMessage } from '../../entrypoints/background/messages.ts';
import type { WorkerClient } from '../../entrypoints/compose.content/worker-client.ts';
import type { Draft } from '../../rules/types.ts';

/** jsdom has no isContentEditable; browsers derive it from the nearest contenteditable attribute. */
export function polyfillContentEditable(): void {
  if ('isContentEditable' in HTMLElement.prototype) return;
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const host = this.closest('[contenteditable]');
      return !!host && host.getAttribute('contenteditable') !== 'false';
    },
  });
}

/** Builds DOM from markup the test controls (fixtures only; the extension never parses HTML). */
export function mount(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

let key = 0;
/** Draft.js renders each block as div[data-block] > div > span[data-offset-key] > span[data-text]; an empty block holds a <br>. */
export function draftBlocks(lines: string[][]): string {
  return lines
    .map((leaves) => {
      const k = `b${key++}`;
      const inner = leaves.length
        ? leaves.map((t, i) => `<span data-offset-key="${k}-0-${i}"><span data-text="true">${t}</span></span>`).join('')
        : `<span data-offset-key="${k}-0-0"><br data-text="true"></span>`;
      return `<div data-block="true" data-editor="e" data-offset-key="${k}-0-0"><div data-offset-key="${k}-0-0" class="public-DraftStyleDefault-block">${inner}</div></div>`;
    })
    .join('');
}

/** Lexical renders paragraphs as <p> with span[data-lexical-text]; an empty paragraph holds a <br>, a soft line break is a <br> in the paragraph. */
export function lexicalParagraphs(lines: (string | { br: true })[][]): string {
  return lines
    .map((parts) =>
      parts.length
        ? `<p dir="ltr">${parts.map((p) => (typeof p === 'string' ? `<span data-lexical-text="true">${p}</span>` : '<br>')).join('')}</p>`
        : '<p><br></p>',
    )
    .join('');
}

export function finding(partial: Partial<FindingMessage> & Pick<FindingMessage, 'rule' | 'severity'>): FindingMessage {
  return { clause: '570 P 005 proc 5', message: `${partial.rule} problem`, ...partial };
}

/** A stand-in for the background worker: answers checks with `rules(draft)` and records every call. */
export function fakeWorker(rules: (draft: Draft) => FindingMessage[] = () => []) {
  const calls = {
    check: [] as { composerId: string; draft: Draft }[],
    clear: [] as string[],
    unsupported: [] as string[],
    override: [] as { platform: string; rules: string[]; reason: string }[],
  };
  let delay = 0;
  let failing = false;
  const worker: WorkerClient = {
    async check(composerId, draft): Promise<CheckResponse> {
      calls.check.push({ composerId, draft });
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (failing) throw new Error('worker unavailable');
      return { findings: rules(draft), rosterSize: 3 };
    },
    clear: (id) => void calls.clear.push(id),
    unsupported: (reason) => void calls.unsupported.push(reason),
    async override(platform, rules, reason) {
      if (failing) throw new Error('worker unavailable');
      calls.override.push({ platform, rules, reason });
    },
    onRecheck: () => () => {},
  };
  return {
    worker,
    calls,
    setDelay: (ms: number) => void (delay = ms),
    setFailing: (f: boolean) => void (failing = f),
  };
}

export const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));
