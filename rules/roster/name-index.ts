import type { NameMatch, RosterIndex, Student } from '../types.ts';
import { capitalized, joined, nameWords, startsSentence, tokenize, type Token } from './tokens.ts';
import { FUNCTION_WORDS, HONORIFICS, ORDINARY_WORDS, PARTICLES, TIME_AFTER, TIME_BEFORE, TIME_LINKS, TIME_NAMES } from './words.ts';

type Role = 'given' | 'last';

/** One spelling of a name in one role, with every student who has it. */
interface Entry {
  words: string[];
  joinedKey: string;
  role: Role;
  ids: string[];
  /** A one-word name that is also an ordinary English word: it needs a sign that it is a name. */
  ordinary: boolean;
}

interface Found {
  entry: Entry;
  /** Index of the entry's last token. */
  last: number;
}

/** Full-name keys join the given and the last name with a character no name holds. */
const SEP = '\u0000';

/** Name → word keys, shared across a roster where thousands of students are called Emma. */
type WordCache = Map<string, string[]>;

function wordsOf(name: string, cache: WordCache): string[] {
  let words = cache.get(name);
  if (!words) {
    words = nameWords(name);
    cache.set(name, words);
  }
  return words;
}

function givenNames(s: Student, cache: WordCache): string[][] {
  const names: string[][] = [];
  for (const name of [s.firstName, s.preferredName]) {
    const words = name ? wordsOf(name, cache) : [];
    if (words.length === 0) continue;
    names.push(words);
    // "Mary Ann" often goes by "Mary": the first word stands for the student too ("De Shawn" does not go by "De").
    if (words.length > 1 && !PARTICLES.has(words[0] as string)) names.push(words.slice(0, 1));
  }
  return names;
}

function lastNames(s: Student, cache: WordCache): string[][] {
  const words = wordsOf(s.lastName, cache);
  if (words.length === 0) return [];
  const names = [words];
  // "Smith-Jones" is also written "Smith Jones".
  if (words.some((w) => w.includes('-'))) names.push(words.flatMap((w) => w.split('-')).filter(Boolean));
  return names;
}

/** Adds a student to an id list; a student's names are added one after another, so the last id is the only possible repeat. */
function addId(ids: string[], id: string): void {
  if (ids[ids.length - 1] !== id) ids.push(id);
}

class NameIndex implements RosterIndex {
  private readonly students = new Map<string, Student>();
  /** Entries by their first word; longest first. */
  private readonly byWord = new Map<string, Entry[]>();
  private readonly fullNames = new Map<string, string[]>();

  constructor(list: readonly Student[]) {
    const entries = new Map<string, Entry>();
    const cache: WordCache = new Map();
    const add = (words: string[], role: Role, id: string): Entry | undefined => {
      // One-letter names ("J") are initials, not something to look for.
      if (words.length === 1 && (words[0] as string).length < 2) return undefined;
      const joinedKey = words.join(' ');
      const slot = role + SEP + joinedKey;
      let entry = entries.get(slot);
      if (!entry) {
        entry = { words, joinedKey, role, ids: [], ordinary: words.length === 1 && ORDINARY_WORDS.has(joinedKey) };
        entries.set(slot, entry);
      }
      addId(entry.ids, id);
      return entry;
    };
    for (const s of list) {
      this.students.set(s.id, s);
      const given = givenNames(s, cache).map((w) => add(w, 'given', s.id));
      const last = lastNames(s, cache).map((w) => add(w, 'last', s.id));
      for (const g of given) {
        for (const l of last) {
          if (!g || !l) continue;
          const key = g.joinedKey + SEP + l.joinedKey;
          const ids = this.fullNames.get(key);
          if (ids) addId(ids, s.id);
          else this.fullNames.set(key, [s.id]);
        }
      }
    }
    for (const entry of entries.values()) {
      // Matches hand these lists out as they are, so no caller may change them.
      Object.freeze(entry.ids);
      const first = entry.words[0] as string;
      const at = this.byWord.get(first);
      if (at) at.push(entry);
      else this.byWord.set(first, [entry]);
    }
    for (const ids of this.fullNames.values()) Object.freeze(ids);
    for (const at of this.byWord.values()) at.sort((a, b) => b.words.length - a.words.length);
  }

  get size(): number {
    return this.students.size;
  }

  student(id: string): Student | undefined {
    return this.students.get(id);
  }

  findNames(text: string): NameMatch[] {
    const tokens = tokenize(text);
    const out: NameMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.entriesAt(text, tokens, i);
      if (found.length === 0) {
        i++;
        continue;
      }
      const full = this.fullAt(text, tokens, i, found);
      if (full) {
        if (full.match) out.push(full.match);
        i = full.next;
        continue;
      }
      let next = i + 1;
      for (const role of ['given', 'last'] as const) {
        const f = found.find((x) => x.entry.role === role);
        if (!f || !this.standsAlone(text, tokens, i, f)) continue;
        const first = tokens[i] as Token;
        const end = (tokens[f.last] as Token).end;
        out.push({ start: first.start, end, kind: role === 'given' ? 'first' : 'last', studentIds: f.entry.ids });
        next = Math.max(next, f.last + 1);
      }
      i = next;
    }
    return out;
  }

  /** Every roster name that starts at token i, longest first. */
  private entriesAt(text: string, tokens: readonly Token[], i: number): Found[] {
    const t = tokens[i] as Token;
    const found: Found[] = [];
    this.collect(found, this.byWord.get(t.key), text, tokens, i);
    // "Thomas'" has the same key with and without its apostrophe: look it up once.
    if (t.base !== undefined && t.base !== t.key) this.collect(found, this.byWord.get(t.base), text, tokens, i);
    // "the Thompsons": a plural family name, for surnames that are not everyday words.
    if (t.base === undefined && found.length === 0 && t.raw.endsWith('s') && t.key.length > 3 && capitalized(t.raw)) {
      for (const entry of this.byWord.get(t.key.slice(0, -1)) ?? []) {
        if (entry.role === 'last' && entry.words.length === 1 && !entry.ordinary) found.push({ entry, last: i });
      }
    }
    if (found.length > 1) found.sort((a, b) => b.last - a.last);
    return found;
  }

  private collect(found: Found[], entries: readonly Entry[] | undefined, text: string, tokens: readonly Token[], i: number): void {
    if (!entries) return;
    for (const entry of entries) {
      const last = this.matchWords(text, tokens, i, entry.words);
      if (last !== undefined) found.push({ entry, last });
    }
  }

  /** The index of the last token when the name's words follow each other from token i. */
  private matchWords(text: string, tokens: readonly Token[], i: number, words: readonly string[]): number | undefined {
    for (let k = 0; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t) return undefined;
      if (k > 0 && !joined(text, (tokens[i + k - 1] as Token).end, t.start)) return undefined;
      const isLast = k === words.length - 1;
      if (t.key === words[k] && (isLast || t.base === undefined)) continue;
      if (isLast && t.base === words[k]) continue;
      return undefined;
    }
    return i + words.length - 1;
  }

  /**
   * A given name followed by a last name that one of the students with that
   * given name has. After a title ("Dr. Emma Roy") the whole name is an adult's
   * and is passed over without a match.
   */
  private fullAt(text: string, tokens: readonly Token[], i: number, found: readonly Found[]): { match?: NameMatch; next: number } | undefined {
    for (const g of found) {
      if (g.entry.role !== 'given') continue;
      const gl = tokens[g.last] as Token;
      const after = tokens[g.last + 1];
      if (gl.base !== undefined || !after || !joined(text, gl.end, after.start)) continue;
      for (const l of this.entriesAt(text, tokens, g.last + 1)) {
        if (l.entry.role !== 'last') continue;
        const ids = this.fullNames.get(g.entry.joinedKey + SEP + l.entry.joinedKey);
        if (!ids) continue;
        if (this.afterHonorific(text, tokens, i)) return { next: l.last + 1 };
        // "will young" in lower case is two words; "Will Young" is a student.
        if (plainWord(g, tokens[i] as Token) && plainWord(l, tokens[g.last + 1] as Token)) return undefined;
        const start = (tokens[i] as Token).start;
        return { match: { start, end: (tokens[l.last] as Token).end, kind: 'full', studentIds: ids }, next: l.last + 1 };
      }
    }
    return undefined;
  }

  private afterHonorific(text: string, tokens: readonly Token[], i: number): boolean {
    const prev = tokens[i - 1];
    const t = tokens[i] as Token;
    if (!prev || !capitalized(prev.raw) || !HONORIFICS.has(prev.key)) return false;
    const gap = text.slice(prev.end, t.start);
    return /^\.?[ \t\u00a0]+$/.test(gap);
  }

  private isName(t: Token, role?: Role): boolean {
    return this.hasName(t.key, role) || (t.base !== undefined && this.hasName(t.base, role));
  }

  private hasName(key: string, role: Role | undefined): boolean {
    const entries = this.byWord.get(key);
    if (!entries) return false;
    if (role === undefined) return true;
    for (const e of entries) if (e.role === role) return true;
    return false;
  }

  /**
   * A capitalised word right next to a name that is not itself a roster name
   * makes the pair another proper noun: "Emma Watson", "Amazing Grace",
   * "Hope Elementary", "Mother's Day".
   */
  private properNeighbour(text: string, tokens: readonly Token[], at: number, side: 'before' | 'after', notRole?: Role): boolean {
    const n = tokens[side === 'before' ? at - 1 : at + 1];
    const t = tokens[at] as Token;
    if (!n) return false;
    if (side === 'before' ? !joined(text, n.end, t.start) : !joined(text, t.end, n.start)) return false;
    if (!capitalized(n.raw) || n.raw.length < 2 || FUNCTION_WORDS.has(n.base ?? n.key)) return false;
    if (side === 'before' && startsSentence(text, n.start)) return false;
    return !this.isName(n, notRole);
  }

  /** Whether a first or last name on its own (no full name) is meant as a name here. */
  private standsAlone(text: string, tokens: readonly Token[], i: number, f: Found): boolean {
    const t = tokens[i] as Token;
    if (this.afterHonorific(text, tokens, i)) return false;
    if (this.properNeighbour(text, tokens, i, 'before', f.entry.role === 'last' ? 'given' : undefined)) return false;
    if (this.properNeighbour(text, tokens, f.last, 'after', f.entry.role === 'given' ? 'given' : undefined)) return false;
    if (!f.entry.ordinary) return true;
    if (!capitalized(t.raw)) return false;
    if (t.base === undefined && startsSentence(text, t.start)) return false;
    const next = tokens[i + 1];
    if (next && joined(text, t.end, next.start) && /^\p{N}/u.test(next.raw)) return false;
    return !(TIME_NAMES.has(f.entry.joinedKey) && timeContext(tokens, i));
  }
}

/** An everyday-word name written as a word: lower case, or in capitals throughout. */
function plainWord(f: Found, t: Token): boolean {
  return f.entry.ordinary && !capitalized(t.raw);
}

/** "in May", "May 5", "Summer break", "from April to June". */
function timeContext(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && TIME_BEFORE.has(prev.key)) return true;
  if (next && (TIME_AFTER.has(next.key) || /^\p{N}/u.test(next.raw))) return true;
  const before = tokens[i - 2];
  return !!prev && !!before && TIME_LINKS.has(prev.key) && (TIME_NAMES.has(before.key) || /^\p{N}/u.test(before.raw) || MONTHS.has(before.key));
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Builds the name index of a roster, once per roster; finding names then costs time in proportion to the text only. */
export function buildRosterIndex(students: readonly Student[]): RosterIndex {
  return new NameIndex(students);
}
