import { PACKS, type PackId, type PackRule } from '../../rules/packs/index.ts';
import { parseSettings, SETTINGS_VERSION, type Settings, type SettingsResult } from '../../rules/settings.ts';
import { RULE_IDS, type RuleId, type Severity } from '../../rules/types.ts';

/**
 * The settings as the form edits them. Lists are kept as the text the user
 * typed (one entry a line) so a half-typed line is not lost on re-render;
 * they become arrays only when the form is saved.
 */
export interface SettingsForm {
  policy: PackId;
  enabled: Partial<Record<RuleId, boolean>>;
  severity: Partial<Record<RuleId, Severity>>;
  phones: string;
  emails: string;
  domains: string;
  devices: string;
  imageLimit: string;
  keywords: Partial<Record<RuleId, string>>;
}

export function formFromSettings(s: Settings): SettingsForm {
  const enabled: SettingsForm['enabled'] = {};
  const severity: SettingsForm['severity'] = {};
  const keywords: SettingsForm['keywords'] = {};
  for (const id of RULE_IDS) {
    const o = s.rules[id];
    if (o?.enabled !== undefined) enabled[id] = o.enabled;
    if (o?.severity !== undefined) severity[id] = o.severity;
    const words = s.keywords[id];
    if (words?.length) keywords[id] = words.join('\n');
  }
  return {
    policy: s.policy,
    enabled,
    severity,
    phones: s.allowList.phones.join('\n'),
    emails: s.allowList.emails.join('\n'),
    domains: s.allowList.domains.join('\n'),
    devices: s.approvedDevices.join('\n'),
    imageLimit: String(s.imageLimit),
    keywords,
  };
}

/** One entry a line (commas also separate, as people paste "a@x.ca, b@x.ca"); blanks and repeats dropped. */
export function lines(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\n,;]/)) {
    const entry = part.trim();
    if (entry) seen.add(entry);
  }
  return [...seen];
}

/** Devices are "Make Model" and may contain commas in rare names, so only lines separate them. */
function deviceLines(text: string): string[] {
  return [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
}

export function settingsFromForm(form: SettingsForm): SettingsResult {
  const rules: Settings['rules'] = {};
  const keywords: Settings['keywords'] = {};
  for (const id of RULE_IDS) {
    const enabled = form.enabled[id];
    const severity = form.severity[id];
    if (enabled !== undefined || severity !== undefined) {
      rules[id] = { ...(enabled !== undefined && { enabled }), ...(severity !== undefined && { severity }) };
    }
    const words = lines(form.keywords[id] ?? '');
    if (words.length) keywords[id] = words;
  }
  const limit = form.imageLimit.trim();
  if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 20) {
    return { ok: false, error: 'Images per post must be a whole number from 1 to 20.' };
  }
  return parseSettings({
    version: SETTINGS_VERSION,
    policy: form.policy,
    rules,
    allowList: { phones: lines(form.phones), emails: lines(form.emails), domains: lines(form.domains) },
    approvedDevices: deviceLines(form.devices),
    imageLimit: Number(limit),
    keywords,
  });
}

export interface RuleInForce {
  /** What the chosen procedure says about the rule (absent: the procedure does not cover it). */
  inPack?: PackRule;
  enabled: boolean;
  severity: Severity;
  /** The clauses a finding will cite: the pack's, or the strictest pack's when the user turned on a rule the pack leaves out. */
  clauses: PackRule['clauses'];
}

/** Mirrors rules/engine.ts activeRules so the table shows what the composer will do, before saving. */
export function ruleInForce(form: SettingsForm, id: RuleId, defaultSeverity: Severity): RuleInForce {
  const inPack = PACKS[form.policy].rules[id];
  return {
    inPack,
    enabled: form.enabled[id] ?? inPack !== undefined,
    severity: form.severity[id] ?? inPack?.severity ?? defaultSeverity,
    clauses: inPack?.clauses ?? PACKS.strictest.rules[id]?.clauses ?? [],
  };
}
