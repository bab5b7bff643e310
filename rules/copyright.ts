import { defineRule } from './define-rule.ts';
import {
  CREDIT_LINES,
  EMPTY_OWNER,
  NAME_ENDS_LINE,
  NAMED_OWNER,
  NOTICES,
  REPOSTS,
  STAFF_TITLE,
  STOCK_FILE,
} from './lib/lexicon-copyright.ts';
import { fold, type Span } from './text.ts';
import type { Hit, ImageMeta, NameMatch } from './types.ts';

// The rule's custom keywords are the owners whose content is fine to post (the school, the district, staff).
const ownersCache = new WeakMap<readonly string[], string[]>();

function isAllowed(owner: string, keywords: readonly string[]): boolean {
  if (keywords.length === 0) return false;
  let owners = ownersCache.get(keywords);
  if (!owners) {
    owners = keywords.map((k) => fold(k.replace(/^@/, '').trim())).filter(Boolean);
    ownersCache.set(keywords, owners);
  }
  const folded = fold(owner);
  return owners.some((o) => folded.includes(o));
}

/** The notice's line, within reach of it: "© 2025 Riverside School. All rights reserved." names its owner nearby. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 80);
  const to = text.indexOf('\n', end);
  return text.slice(from, Math.min(to < 0 ? text.length : to, end + 80));
}

interface Found extends Span {
  why: string;
}

const CREDIT = 'credits someone else for this content';
const NOTICE = 'marks this content as someone else’s copyright';
const REPOST = 'shares someone else’s post';

function credits(text: string, keywords: readonly string[], names: readonly NameMatch[]): Found[] {
  const found: Found[] = [];
  for (const { re, bare } of CREDIT_LINES) {
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? '';
      const owner = NAMED_OWNER.exec(raw)?.[0];
      if (!owner || STAFF_TITLE.test(owner)) continue;
      const ownerStart = m.index + m[0].length - raw.length;
      const end = ownerStart + owner.length;
      if (bare && !owner.startsWith('@') && !NAME_ENDS_LINE.test(text.slice(end))) continue;
      if (isAllowed(owner, keywords) || names.some((n) => n.start < end && ownerStart < n.end)) continue;
      found.push({ start: m.index, end, why: CREDIT });
    }
  }
  return found;
}

function notices(text: string, keywords: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const [res, why] of [
    [NOTICES, NOTICE],
    [REPOSTS, REPOST],
  ] as const) {
    for (const re of res) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].trimEnd().length;
        if (!isAllowed(lineAround(text, m.index, end), keywords)) found.push({ start: m.index, end, why });
      }
    }
  }
  return found;
}

function label(image: ImageMeta, i: number): string {
  const name = image.name.trim();
  return name ? `Image ${i + 1} (“${name}”)` : `Image ${i + 1}`;
}

const ADVICE =
  'Post only what the school made or has permission to use, and follow the licence (credit, terms); the procedures require following copyright law.';

function imageHits(images: readonly ImageMeta[], keywords: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  images.forEach((image, i) => {
    if (STOCK_FILE.test(image.name.trim())) {
      hits.push({ image: i, message: `${label(image, i)} looks downloaded from a stock-photo site. ${ADVICE}` });
    }
    const owners = [image.copyright, image.artist]
      .map((v) => v?.trim() ?? '')
      .filter((v, at, all) => !EMPTY_OWNER.test(v) && all.indexOf(v) === at && !isAllowed(v, keywords));
    if (owners.length > 0) {
      hits.push({
        image: i,
        message: `${label(image, i)} names its owner as “${owners.join('”, “')}” in its metadata. ${ADVICE} If this owner is the school, add it to the copyright rule’s allowed owners.`,
      });
    }
    const alt = image.alt ?? '';
    const inAlt = [...credits(alt, keywords, []), ...notices(alt, keywords)][0];
    if (inAlt) {
      hits.push({
        image: i,
        message: `${label(image, i)}: its description “${alt.slice(inAlt.start, inAlt.end)}” ${inAlt.why}. ${ADVICE}`,
      });
    }
  });
  return hits;
}

export default defineRule({
  id: 'copyright',
  meta: {
    title: 'Someone else’s content',
    protects: 'Keeps school accounts from posting photos, images or text that belong to someone else without permission.',
    defaultSeverity: 'warn',
  },
  check({ draft, names, options }) {
    const { text } = draft;
    const found = [...credits(text, options.keywords, names), ...notices(text, options.keywords)].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    );
    const hits: Hit[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      hits.push({ start: f.start, end: f.end, message: `“${text.slice(f.start, f.end)}” ${f.why}. ${ADVICE}` });
    }
    return [...hits, ...imageHits(draft.images, options.keywords)];
  },
});
