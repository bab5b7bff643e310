import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from '../../rules/types.ts';

/**
 * Every message the background worker accepts. The worker owns this schema:
 * a message that does not parse is dropped, never acted on. Names are
 * `noun/verb`.
 */

const RuleIdSchema = z.enum(RULE_IDS);

export const ImageMetaSchema = z
  .object({
    name: z.string().max(500),
    type: z.string().max(100).optional(),
    size: z.number().nonnegative().optional(),
    width: z.number().nonnegative().optional(),
    height: z.number().nonnegative().optional(),
    gps: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
    make: z.string().max(200).optional(),
    model: z.string().max(200).optional(),
    takenAt: z.string().max(50).optional(),
    copyright: z.string().max(500).optional(),
    artist: z.string().max(500).optional(),
    alt: z.string().max(5000).optional(),
    taggedStudents: z.array(z.string().max(100)).max(500).optional(),
  })
  .strict();

export const PlatformSchema = z.enum(['x', 'facebook', 'other']);

export const DraftSchema = z
  .object({
    platform: PlatformSchema,
    text: z.string().max(100_000),
    now: z.iso.datetime({ offset: true }),
    images: z.array(ImageMetaSchema).max(50),
  })
  .strict();

export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: z.enum(SEVERITIES),
  clause: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  image: z.number().int().nonnegative().optional(),
  studentIds: z.array(z.string()).optional(),
  fix: z.object({ replacement: z.string(), label: z.string() }).optional(),
});
export type FindingMessage = z.infer<typeof FindingSchema>;

/** A composer the content script found on the page: one per editor box (a thread has several). */
const ComposerId = z.string().min(1).max(100);

export const RequestSchema = z.discriminatedUnion('type', [
  /** content → background: check this draft now; answers CheckResponse. */
  z.object({ type: z.literal('draft/check'), composerId: ComposerId, draft: DraftSchema }).strict(),
  /** content → background: the composer closed or was posted. */
  z.object({ type: z.literal('draft/clear'), composerId: ComposerId }).strict(),
  /** content → background: a supported page shows a composer PostGuard cannot attach to. */
  z.object({ type: z.literal('composer/unsupported'), reason: z.string().max(300) }).strict(),
  /** content → background: the user posted despite block findings; written to the audit log. */
  z
    .object({
      type: z.literal('audit/override'),
      platform: PlatformSchema,
      rules: z.array(RuleIdSchema).min(1),
      reason: z.string().trim().min(1).max(1000),
    })
    .strict(),
  /** popup → background: what the worker knows of this tab's drafts. */
  z.object({ type: z.literal('tab/state'), tabId: z.number().int().nonnegative() }).strict(),
  /** popup → background: tag students on an image of a tab's draft; re-checks and answers TabState. */
  z
    .object({
      type: z.literal('image/tag'),
      tabId: z.number().int().nonnegative(),
      composerId: ComposerId,
      image: z.number().int().nonnegative(),
      studentIds: z.array(z.string().max(100)).max(500),
    })
    .strict(),
  /** options → background: the roster or settings changed in storage; rebuild what depends on them. */
  z.object({ type: z.literal('roster/changed') }).strict(),
  z.object({ type: z.literal('settings/changed') }).strict(),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface CheckResponse {
  findings: FindingMessage[];
  rosterSize: number;
}
