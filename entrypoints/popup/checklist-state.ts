import type { ChecklistItem } from '../../rules/checklist.ts';
import type { ActiveRule } from '../../rules/engine.ts';
import type { Settings } from '../../rules/settings.ts';
import type { ImageMeta, RuleId, Severity } from '../../rules/types.ts';
import type { ComposerState, FindingMessage } from '../background/messages.ts';

export type RuleState = 'pass' | 'fail' | 'manual';

/** One line of the automatic checklist. */
export interface RuleCheck {
  rule: RuleId;
  title: string;
  severity: Severity;
  state: RuleState;
  /** What the user should know: the finding, what is needed from them, or how it passed. */
  note: string;
  findings: FindingMessage[];
}

/** What the popup knows of one draft besides the worker's findings. */
export interface DraftFacts {
  composer: ComposerState;
  rosterSize: number;
  settings: Settings;
  /** The manual checklist items that apply to this draft. */
  items: readonly ChecklistItem[];
  ticked: ReadonlySet<string>;
  /** Images the user marked as showing no student from the roster (keys from imageKey). */
  noStudents: ReadonlySet<string>;
}

/** Identifies an attached image among a draft's images: by position and file name, as the worker's tags do. */
export function imageKey(image: ImageMeta, index: number): string {
  return `${index}:${image.name}`;
}

export function applicableItems(items: readonly ChecklistItem[], composer: ComposerState): ChecklistItem[] {
  return items.filter((i) => i.when === 'always' || composer.images.length > 0);
}

/** Images nobody has said anything about: no student tagged and not marked as showing none. */
export function unsettledImages({ composer, noStudents }: Pick<DraftFacts, 'composer' | 'noStudents'>): number[] {
  return composer.images.flatMap((img, i) =>
    img.taggedStudents?.length || noStudents.has(imageKey(img, i)) ? [] : [i],
  );
}

/**
 * Image metadata is fully checked only when the approved-device list is set
 * and every image says which device took it; otherwise only GPS is.
 */
function seesEverything(rule: RuleId, { composer, settings }: DraftFacts): boolean {
  if (rule === 'image-metadata') return settings.approvedDevices.length > 0 && composer.images.every((i) => i.make || i.model);
  return false;
}

function photoLabel(i: number, total: number): string {
  return total === 1 ? 'the photo' : `photo ${i + 1}`;
}

/** Why a rule cannot be settled by the check alone, or undefined when it can. */
function needsPerson(rule: RuleId, facts: DraftFacts): string | undefined {
  const { composer, rosterSize } = facts;
  const images = composer.images.length;
  if (rule === 'student-name' && rosterSize === 0) return 'No roster loaded: student names cannot be checked.';
  if (rule === 'student-photo' && images > 0) {
    if (rosterSize === 0) return 'No roster loaded: students in photos cannot be checked.';
    const open = unsettledImages(facts);
    if (open.length) return `Say who is in ${open.map((i) => photoLabel(i, images)).join(', ')}.`;
  }
  const item = facts.items.find((i) => i.settles.includes(rule) && !facts.ticked.has(i.id));
  if (item && !seesEverything(rule, facts)) return `Needs you: “${item.label}”`;
  return undefined;
}

function failNote(findings: readonly FindingMessage[]): string {
  const first = findings[0]?.message ?? '';
  return findings.length > 1 ? `${first} (and ${findings.length - 1} more)` : first;
}

/** One line per rule in force: failed with its finding, waiting on the person, or passed. */
export function ruleChecks(active: readonly ActiveRule[], facts: DraftFacts): RuleCheck[] {
  return active.map(({ rule, severity }) => {
    const findings = facts.composer.findings.filter((f) => f.rule === rule.id);
    const base = { rule: rule.id, title: rule.meta.title, severity, findings };
    if (findings.length) return { ...base, state: 'fail', note: failNote(findings) };
    const why = needsPerson(rule.id, facts);
    if (why) return { ...base, state: 'manual', note: why };
    const confirmed = facts.items.some((i) => i.settles.includes(rule.id) && facts.ticked.has(i.id));
    return { ...base, state: 'pass', note: confirmed && !seesEverything(rule.id, facts) ? 'Passed, with your confirmation.' : 'Passed.' };
  });
}

export type LeftItem =
  | { kind: 'finding'; finding: FindingMessage; title: string }
  | { kind: 'rule'; check: RuleCheck }
  | { kind: 'item'; item: ChecklistItem };

/**
 * What stands between the draft and "ready to post", in the order to deal
 * with it: findings that hold the post, then what only the user can tell
 * PostGuard (who is in the photos), then the manual checklist in its order.
 * Warnings and notes do not hold a post, so they are not listed.
 */
export function whatIsLeft(checks: readonly RuleCheck[], facts: DraftFacts): LeftItem[] {
  const blocks: LeftItem[] = facts.composer.findings
    .filter((f) => f.severity === 'block')
    .map((finding) => ({ kind: 'finding' as const, finding, title: checks.find((c) => c.rule === finding.rule)?.title ?? finding.rule }));
  // A rule waiting only on an unticked item is listed as that item, once.
  const rules: LeftItem[] = checks
    .filter((c) => c.state === 'manual' && needsPerson(c.rule, { ...facts, items: [] }) !== undefined)
    .map((check) => ({ kind: 'rule' as const, check }));
  const items: LeftItem[] = facts.items.filter((i) => !facts.ticked.has(i.id)).map((item) => ({ kind: 'item' as const, item }));
  return [...blocks, ...rules, ...items];
}
