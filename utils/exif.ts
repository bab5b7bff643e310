// The lite build reads TIFF/EXIF/GPS from JPEG, HEIC, PNG and TIFF: all we need, at a third of the full size.
import exifr from 'exifr/dist/lite.esm.mjs';
import type { ImageMeta } from '../rules/types.ts';

type ExifFields = Pick<ImageMeta, 'gps' | 'make' | 'model' | 'takenAt' | 'copyright' | 'artist'>;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * Reads the EXIF fields the rules care about from an image's bytes. Used by the
 * content script (a File the user chose) and by the CLI (a file on disk), so
 * both see an image the same way. An image without EXIF gives {}.
 */
export async function readExif(data: ArrayBuffer | Uint8Array | Blob): Promise<ExifFields> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(data, { tiff: true, exif: true, gps: true, ifd1: false, xmp: false, icc: false, iptc: false });
  } catch {
    // Unreadable or truncated metadata: treat as none rather than failing the check.
    return {};
  }
  if (!tags) return {};
  const out: ExifFields = {};
  const lat = tags.latitude;
  const lon = tags.longitude;
  if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) {
    out.gps = { lat, lon };
  }
  const make = text(tags.Make);
  const model = text(tags.Model);
  const copyright = text(tags.Copyright);
  const artist = text(tags.Artist);
  if (make) out.make = make;
  if (model) out.model = model;
  if (copyright) out.copyright = copyright;
  if (artist) out.artist = artist;
  const taken = tags.DateTimeOriginal ?? tags.CreateDate;
  if (taken instanceof Date && !Number.isNaN(taken.getTime())) out.takenAt = taken.toISOString();
  return out;
}
