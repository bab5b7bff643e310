import * as z from 'zod/mini';

/**
 * popup → content (browser.tabs.sendMessage to the draft's tab): scroll the
 * composer into view and highlight the finding's text, [start, end) in the
 * draft's text as the finding gave it. The content script answers
 * FindingShowReply; `shown: false`, no answer or a failed send mean the
 * composer or that text is no longer on the page (closed, edited, or the
 * page was reloaded), and the popup says so.
 *
 * The content script owns this schema and validates with it. It is written
 * with zod/mini because full zod would add several hundred kilobytes to a
 * script that loads with every X and Facebook page.
 */
export const PopupRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('finding/show'),
    composerId: z.string().check(z.minLength(1), z.maxLength(100)),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  }),
]);
export type PopupRequest = z.infer<typeof PopupRequestSchema>;

export const FindingShowReplySchema = z.object({ shown: z.boolean() });
export type FindingShowReply = z.infer<typeof FindingShowReplySchema>;
