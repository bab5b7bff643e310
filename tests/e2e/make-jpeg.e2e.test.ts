import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { makeJpeg } from './make-jpeg.ts';

describe('makeJpeg', () => {
  it('writes GPS and camera tags that exifr reads back', async () => {
    const jpeg = makeJpeg({ gps: { lat: 49.6935, lon: -112.8418 }, make: 'Apple', model: 'iPhone 14' });
    expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(await exifr.gps(jpeg)).toEqual({ latitude: expect.closeTo(49.6935, 4), longitude: expect.closeTo(-112.8418, 4) });
    expect(await exifr.parse(jpeg, ['Make', 'Model'])).toEqual({ Make: 'Apple', Model: 'iPhone 14' });
  });

  it('writes artist and copyright when asked', async () => {
    const jpeg = makeJpeg({ artist: 'Jane Doe', copyright: '© Getty Images' });
    expect(await exifr.parse(jpeg, ['Artist', 'Copyright'])).toEqual({ Artist: 'Jane Doe', Copyright: '© Getty Images' });
  });

  it('leaves the EXIF segment out when there is nothing to tag', async () => {
    const jpeg = makeJpeg({ gps: null, make: '', model: '' });
    expect(jpeg.includes(Buffer.from('Exif\0'))).toBe(false);
    expect(await exifr.gps(jpeg)).toBeUndefined();
  });
});
