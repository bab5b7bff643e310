import { z } from 'zod';
import { PACK_IDS } from './packs/index.ts';
import { RULE_IDS, SEVERITIES } from './types.ts';

/**
 * The one settings document: exported and imported by the options page, read
 * by the CLI (--settings) and accepted from managed storage. Bump `version`
 * and add a migration in `parseSettings` when the shape changes.
 */
export const SETTINGS_VERSION = 1;

const RuleIdSchema = z.enum(RULE_IDS);

export const SettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    policy: z.enum(PACK_IDS).default('strictest'),
    rules: z
      .partialRecord(
        RuleIdSchema,
        z.object({ enabled: z.boolean().optional(), severity: z.enum(SEVERITIES).optional() }).strict(),
      )
      .default({}),
    allowList: z
      .object({
        phones: z.array(z.string().trim().min(1)).default([]),
        emails: z.array(z.string().trim().min(1)).default([]),
        domains: z.array(z.string().trim().min(1)).default([]),
      })
      .strict()
      .default({ phones: [], emails: [], domains: [] }),
    approvedDevices: z.array(z.string().trim().min(1)).default([]),
    imageLimit: z.number().int().min(1).max(20).default(4),
    keywords: z.partialRecord(RuleIdSchema, z.array(z.string().trim().min(1))).default({}),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ version: SETTINGS_VERSION });

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Validates a settings document from a file, storage or managed policy, with a message a person can act on. */
export function parseSettings(input: unknown): SettingsResult {
  if (typeof input === 'object' && input !== null && 'version' in input && input.version !== SETTINGS_VERSION) {
    return { ok: false, error: `settings version ${String(input.version)} is not supported (expected ${SETTINGS_VERSION})` };
  }
  const result = SettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'settings';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}
