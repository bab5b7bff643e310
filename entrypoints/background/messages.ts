import { z } from 'zod';
import { DraftSchema, ImageMetaSchema, PlatformSchema } from '../../rules/schema.ts';
import { SettingsSchema } from '../../rules/settings.ts';
import { RULE_IDS, SEVERITIES } from '../../rules/types.ts';

/**
 * Every message the background worker accepts, and what it answers. The
 * worker owns this schema: a message that does not parse is dropped, never
 * acted on. Names are `noun/verb`. Senders use `sendMessage` from
 * utils/messaging.ts, which types each answer by the request's `type`.
 */

export { DraftSchema, ImageMetaSchema, PlatformSchema };

const RuleIdSchema = z.enum(RULE_IDS);

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
const TabId = z.number().int().nonnegative();

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
  z.object({ type: z.literal('tab/state'), tabId: TabId }).strict(),
  /** popup → background: tag students on an image of a tab's draft; re-checks and answers TabState. */
  z
    .object({
      type: z.literal('image/tag'),
      tabId: TabId,
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
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Which kind of page may send each request: the worker drops one that arrives from anywhere else. */
export const REQUEST_SENDERS = {
  'draft/check': 'content',
  'draft/clear': 'content',
  'composer/unsupported': 'content',
  'audit/override': 'content',
  'tab/state': 'extension',
  'image/tag': 'extension',
  'roster/changed': 'extension',
  'settings/changed': 'extension',
} as const satisfies Record<RequestType, 'content' | 'extension'>;

export const CheckResponseSchema = z.object({
  findings: z.array(FindingSchema),
  rosterSize: z.number().int().nonnegative(),
});
export type CheckResponse = z.infer<typeof CheckResponseSchema>;

/** One composer's latest draft as the popup sees it: a summary, never the whole text. */
export const ComposerStateSchema = z.object({
  composerId: ComposerId,
  /**
   * Names the post being written in this box: new when the worker first hears
   * of the box and whenever its text is emptied (the post went out, or the
   * user cleared it to start another). The popup keeps its ticks per draft.
   */
  draftId: z.string().min(1),
  platform: PlatformSchema,
  /** The first few words of the draft, so the user can tell drafts apart. */
  excerpt: z.string(),
  textLength: z.number().int().nonnegative(),
  /** Image metadata as last reported, with the students tagged in the popup in `taggedStudents`. */
  images: z.array(ImageMetaSchema),
  findings: z.array(FindingSchema),
  /** ISO-8601 time of the last check. */
  checkedAt: z.string(),
});
export type ComposerState = z.infer<typeof ComposerStateSchema>;

export const TabStateSchema = z.object({
  tabId: TabId,
  rosterSize: z.number().int().nonnegative(),
  /**
   * The settings the checks run with: the district's managed policy when one
   * is set, else those saved in the options page. The popup takes them from
   * here so that it and the findings always agree on the rules in force.
   */
  settings: SettingsSchema,
  /** Most recently checked first. */
  composers: z.array(ComposerStateSchema),
  /** Composers on this page PostGuard could not attach to: it is not checking them. */
  unsupported: z.array(z.object({ reason: z.string(), at: z.string() })),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const RESPONSE_SCHEMAS = {
  'draft/check': CheckResponseSchema,
  'draft/clear': z.null(),
  'composer/unsupported': z.null(),
  'audit/override': z.object({ id: z.number().int().positive() }),
  'tab/state': TabStateSchema,
  'image/tag': TabStateSchema,
  'roster/changed': z.object({ rosterSize: z.number().int().nonnegative() }),
  'settings/changed': z.null(),
} as const satisfies Record<RequestType, z.ZodType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;

/** What goes back over the wire: the handler's answer, or why it failed. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * background → content (browser.tabs.sendMessage): a composer's findings
 * changed without a keystroke: students were tagged in the popup, or the
 * roster or settings changed. The overlay shows these as it would a
 * draft/check answer.
 */
export const WorkerPushSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft/rechecked'), composerId: ComposerId, ...CheckResponseSchema.shape }).strict(),
]);
export type WorkerPush = z.infer<typeof WorkerPushSchema>;

/** popup → content messages: the content script owns and validates them (see that module for why it is separate). */
export {
  FindingShowReplySchema,
  PopupRequestSchema,
  type FindingShowReply,
  type PopupRequest,
} from '../compose.content/popup-messages.ts';
