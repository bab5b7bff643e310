import type { ImageMeta } from '../../rules/types.ts';
import { readExif } from '../../utils/exif.ts';

const IMAGE_NAME = /\.(jpe?g|png|gif|webp|heic|heif|tiff?|avif|bmp)$/i;

export function isImage(file: File): boolean {
  return file.type.startsWith('image/') || (!file.type && IMAGE_NAME.test(file.name));
}

async function dimensions(file: File): Promise<{ width: number; height: number } | undefined> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size;
    } catch {
      // HEIC and friends the browser cannot decode: the size stays unknown, the EXIF is still read.
    }
  }
  return undefined;
}

/**
 * What the rules learn about an image the user chose: its name, type, size,
 * pixel dimensions and EXIF tags. The pixels never leave this function.
 */
export async function readImageMeta(file: File): Promise<ImageMeta> {
  const [exif, size] = await Promise.all([readExif(file), dimensions(file)]);
  return { name: file.name, ...(file.type ? { type: file.type } : {}), size: file.size, ...size, ...exif };
}
