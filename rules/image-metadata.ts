import { defineRule } from './define-rule.ts';
import { fold } from './text.ts';
import type { Hit, ImageMeta } from './types.ts';

// Words that EXIF "Make" fields carry around the brand ("NIKON CORPORATION", "OLYMPUS IMAGING CORP.").
const COMPANY_WORDS = new Set(['corporation', 'corp', 'co', 'ltd', 'limited', 'inc', 'company', 'imaging']);

function tokens(s: string | undefined): string[] {
  if (!s) return [];
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !COMPANY_WORDS.has(t));
}

/**
 * The ways a device can be written in the approved list: with or without its
 * make, spaces and punctuation ignored, so "Apple iPhone 14", "iPhone 14" and
 * "iphone14" all name make "Apple", model "iPhone 14".
 */
function deviceKeys(image: ImageMeta): string[] {
  const make = tokens(image.make);
  const full = tokens(image.model);
  // Many cameras repeat the brand in the model ("Canon" / "Canon EOS R6").
  let repeated = 0;
  while (repeated < make.length && full[repeated] === make[repeated]) repeated++;
  const model = full.slice(repeated);
  const keys = [[...make, ...model].join('')];
  if (model.length > 0) keys.push(model.join(''));
  return keys;
}

// Settings objects are reused across keystrokes, so each approved list is normalised once.
const approvedCache = new WeakMap<readonly string[], Set<string>>();

function approvedKeys(list: readonly string[]): Set<string> {
  let keys = approvedCache.get(list);
  if (!keys) {
    keys = new Set(list.map((d) => tokens(d).join('')).filter(Boolean));
    approvedCache.set(list, keys);
  }
  return keys;
}

function hasLocation(gps: ImageMeta['gps']): boolean {
  if (!gps || !Number.isFinite(gps.lat) || !Number.isFinite(gps.lon)) return false;
  if (Math.abs(gps.lat) > 90 || Math.abs(gps.lon) > 180) return false;
  // Cameras without a fix write 0,0 ("Null Island"): that is no location, not a place in the Atlantic.
  return gps.lat !== 0 || gps.lon !== 0;
}

// Photo formats carry camera data; graphics and screenshots (PNG, GIF, WebP, SVG) normally never do.
const PHOTO_TYPE = /^image\/(jpe?g|pjpeg|hei[cf](-sequence)?|tiff?|x-adobe-dng)$/i;
const PHOTO_NAME = /\.(jpe?g|jpe|heic|heif|tiff?|dng)$/i;

function isCameraPhoto(image: ImageMeta): boolean {
  return image.type ? PHOTO_TYPE.test(image.type) : PHOTO_NAME.test(image.name);
}

function label(image: ImageMeta, i: number): string {
  const name = image.name.trim();
  return name ? `Image ${i + 1} (“${name}”)` : `Image ${i + 1}`;
}

function device(image: ImageMeta): string {
  const make = image.make?.trim() ?? '';
  const model = image.model?.trim() ?? '';
  const brand = tokens(make)[0];
  if (!model || !brand || tokens(model)[0] === brand) return model || make;
  return `${make} ${model}`;
}

export default defineRule({
  id: 'image-metadata',
  meta: {
    title: 'Photo location and device',
    protects: 'Keeps photos from revealing where students were and keeps student photos on approved school devices.',
    defaultSeverity: 'warn',
  },
  check({ draft, options }) {
    const hits: Hit[] = [];
    const approved = options.approvedDevices.length > 0 ? approvedKeys(options.approvedDevices) : undefined;
    draft.images.forEach((image, i) => {
      if (hasLocation(image.gps)) {
        hits.push({
          image: i,
          message: `${label(image, i)} carries GPS location data that shows where it was taken. Remove the location before posting: export or share the photo without location, or turn off location in the camera settings.`,
        });
      }
      if (!approved) return;
      const name = device(image);
      if (!name) {
        if (isCameraPhoto(image)) {
          hits.push({
            image: i,
            message: `${label(image, i)} has no camera information, so it can't be confirmed as taken on an approved school device. Check where the photo came from; use one taken on a school device.`,
          });
        }
        return;
      }
      if (!deviceKeys(image).some((k) => approved.has(k))) {
        hits.push({
          image: i,
          message: `${label(image, i)} was taken on “${name}”, a device that is not on the approved-device list. Use a photo taken on an approved school device, not a personal one.`,
        });
      }
    });
    return hits;
  },
});
