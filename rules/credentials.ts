import { defineRule } from './define-rule.ts';
import type { Hit } from './types.ts';

const PREFIX =
  '(?:(?:wi-?fi|wireless|network|guest|admin|account|computer|laptop|ipad|chromebook|e-?mail|class|classroom|student|teacher|zoom|teams|google|seesaw|powerschool|portal)\\s+)?';
const LOGIN_LABELS =
  '(?:user\\s?name|log-?\\s?in)\\s*(?:and|&|/)\\s*(?:password|pw|pwd)|user\\s?name|user\\s?id|log-?\\s?in(?:\\s+(?:id|name))?|sign-?\\s?in|password|passwd|passcode|pass\\s+code|pwd?|p/w|network\\s+key|wi-?fi\\s+key';
const CODE_LABELS =
  '(?:door|access|entry|entrance|gate|alarm|keypad|lock|building|security|garage|wi-?fi|pin)\\s+code|pin(?:\\s+(?:number|code))?|(?:locker\\s+|lock\\s+)?combination|(?:locker\\s+)?combo' +
  '|code\\s+(?:for|to)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:door|gate|building|lock|locker|keypad|alarm|room|school)s?';
const LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<code>${CODE_LABELS})|(?<login>${PREFIX}(?:${LOGIN_LABELS})))(?![\\p{L}\\p{N}])`,
  'giu',
);
// What follows a label: a separator, then the secret (and, after "username and password", a second one).
const TOKEN = '(?:"[^"\\n]{1,40}"|“[^”\\n]{1,40}”|[^\\s"“”,;]{1,60})';
const VALUE = new RegExp(
  `(?:\\s*(?<strong>[:=])\\s*|\\s*[-–—]\\s+|\\s+(?<verb>(?:is|are|was|will\\s+be|is\\s+now|has\\s+been\\s+(?:changed|set|reset)\\s+to|(?:changed|set|reset)\\s+to)(?:\\s*:)?)\\s+|\\s+)(?<secret>${TOKEN})(?<more>\\s*(?:/|\\||and|&)\\s*${TOKEN})?`,
  'yu',
);
// Words that follow a label in advice about credentials, not in a credential ("your password is required").
const NOT_SECRETS = new Set(
  (
    'the a an your my our their his her its this that to at in on for from with by of and or not never no none n/a tba tbd ' +
    'required needed strong weak secure safe private confidential important case-sensitive sensitive changed reset expired ' +
    'incorrect wrong shared same different long short easy hard simple unique below above attached printed provided available ' +
    'posted written listed here there coming pending sent emailed included unchanged forgotten protected hidden details info ' +
    'information page screen link form instructions manager help policy requirements tips should must will can is are be ' +
    'use keep change choose create enter type click contact ask see call visit go please remember forgot forget need needs ' +
    'minimum min least only still also being sheet sheets required. case'
  ).split(' '),
);
const VERB_ENDING = /(?:ed|ing|ly|ble|ive|ful|ous)$/i;
const LABEL_WORD = /^(?:password|passwords|pw|pwd|login|username|user|code|pin)$/i;

const keywordLabels = new WeakMap<readonly string[], RegExp | null>();
function customLabel(keywords: readonly string[]): RegExp | null {
  if (keywordLabels.has(keywords)) return keywordLabels.get(keywords) ?? null;
  const phrases = keywords.map((k) => k.trim()).filter(Boolean);
  const re = phrases.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?<login>${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null;
  keywordLabels.set(keywords, re);
  return re;
}

function clean(token: string): string {
  if (/^["“].*["”]$/.test(token)) return token;
  const t = token.replace(/[.,;:?)\]]+$/, '');
  // "4821!" ends a sentence; "Tigers2026!" may well end with its own "!".
  return /^(?:\p{L}+|\p{N}+)!+$/u.test(t) ? t.replace(/!+$/, '') : t;
}

function looksSecret(t: string): boolean {
  const digit = /\p{N}/u.test(t);
  const letter = /\p{L}/u.test(t);
  return (digit && (letter || t.replace(/\D/g, '').length >= 3)) || (/[!@#$%^&*_+=?~]/.test(t) && (digit || letter)) || /\p{Ll}\p{Lu}/u.test(t);
}

function accepts(kind: 'code' | 'login', secret: string, strong: boolean, verb: boolean): boolean {
  const t = clean(secret);
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  if (/^["“]/.test(t)) return true;
  if (kind === 'code') return t.replace(/\D/g, '').length >= 3;
  if (NOT_SECRETS.has(t.toLowerCase()) || LABEL_WORD.test(t)) return false;
  if (looksSecret(t)) return true;
  return strong || (verb && !VERB_ENDING.test(t));
}
function scan(text: string, label: RegExp, hits: Hit[]): void {
  for (const m of text.matchAll(label)) {
    const kind = m.groups?.code ? 'code' : 'login';
    // "PIN" in capitals is a code; "pin" alone is usually a lapel pin.
    if (kind === 'code' && /^pin$/i.test(m[0]) && m[0] !== 'PIN') continue;
    VALUE.lastIndex = m.index + m[0].length;
    const v = VALUE.exec(text);
    const g = v?.groups;
    if (!v || !g?.secret || !accepts(kind, g.secret, Boolean(g.strong), Boolean(g.verb))) continue;
    const both = /(?:and|&|\/)\s*(?:password|pw|pwd)$/i.test(m[0]) && g.more;
    const secretStart = v.index + v[0].length - g.secret.length - (g.more ?? '').length;
    const end = secretStart + clean(both ? `${g.secret}${g.more}` : g.secret).length;
    hits.push({
      message: `“${text.slice(m.index, end)}” gives away a password, login or access code. Never post credentials: anyone who reads the post can use them. Remove it, share it privately with the people who need it, and change it if it has already gone out.`,
      start: m.index,
      end,
    });
  }
}

export default defineRule({
  id: 'credentials',
  meta: {
    title: 'Passwords and access codes',
    protects: 'Keeps passwords, logins, Wi-Fi keys and door or locker codes out of public posts, where anyone could use them.',
    defaultSeverity: 'block',
  },
  check({ draft, options }) {
    const hits: Hit[] = [];
    scan(draft.text, LABEL, hits);
    const custom = customLabel(options.keywords);
    if (custom) scan(draft.text, custom, hits);
    hits.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    // A custom label inside a built-in one ("staff password") reports the same secret once.
    let reach = -1;
    return hits.filter((h) => {
      if ((h.start ?? 0) < reach) return false;
      reach = h.end ?? 0;
      return true;
    });
  },
});
