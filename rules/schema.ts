import { z } from 'zod';

/** zod schemas for a draft, shared by the worker's messages and the CLI's input lines. */

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

/** "now" must carry its offset: the rules judge "tomorrow" in the post's own time zone. */
export const NowSchema = z.iso.datetime({ offset: true });

export const DraftSchema = z
  .object({
    platform: PlatformSchema,
    text: z.string().max(100_000),
    now: NowSchema,
    images: z.array(ImageMetaSchema).max(50),
  })
  .strict();
