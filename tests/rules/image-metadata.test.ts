import { expect, it } from 'vitest';
import rule from '../../rules/image-metadata.ts';
import type { ImageMeta } from '../../rules/types.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

const photo = (extra: Partial<ImageMeta> = {}): ImageMeta => ({ name: 'IMG_0412.jpg', type: 'image/jpeg', ...extra });
const school = { approvedDevices: ['Apple iPad (9th generation)', 'Canon EOS R6', 'Nikon D850', 'Pixel 7'] };

runRuleCases(rule, {
  valid: [
    { name: 'no images', text: 'We had a great assembly today.' },
    { name: 'a photo without location', images: [photo({ make: 'Apple', model: 'iPhone 14' })] },
    { name: 'GPS 0,0 written by a camera without a fix', images: [photo({ gps: { lat: 0, lon: 0 } })] },
    { name: 'GPS that is not a number', images: [photo({ gps: { lat: Number.NaN, lon: -110.7 } })] },
    { name: 'any device while no approved list is set', images: [photo({ make: 'Samsung', model: 'SM-G991W' })] },
    {
      name: 'approved device written with make in the list, make and model apart in EXIF',
      images: [photo({ make: 'Apple', model: 'iPad (9th generation)' })],
      options: school,
    },
    {
      name: 'approved device whose model repeats the brand',
      images: [photo({ make: 'Canon', model: 'Canon EOS R6' })],
      options: school,
    },
    {
      name: 'approved device with a company suffix in the make',
      images: [photo({ make: 'NIKON CORPORATION', model: 'NIKON D850' })],
      options: school,
    },
    {
      name: 'approved list without the make, case and spacing differ',
      images: [photo({ make: 'Google', model: 'pixel7' })],
      options: school,
    },
    {
      name: 'a graphic with no camera information while a list is set',
      images: [{ name: 'book-fair-poster.png', type: 'image/png' }],
      options: school,
    },
    {
      name: 'a screenshot with no type and no camera information',
      images: [{ name: 'Screenshot 2026-05-11.png' }],
      options: school,
    },
  ],
  invalid: [
    {
      name: 'a photo with GPS coordinates',
      images: [photo({ gps: { lat: 50.04, lon: -110.68 } })],
      count: 1,
      message: /IMG_0412\.jpg.*GPS location.*without location/,
    },
    {
      name: 'a location on the equator still counts',
      images: [photo({ gps: { lat: 0, lon: 32.58 } })],
      count: 1,
    },
    {
      name: 'a personal phone not on the approved list',
      images: [photo({ make: 'Apple', model: 'iPhone 14' })],
      options: school,
      count: 1,
      message: /“Apple iPhone 14”.*not on the approved-device list/,
    },
    {
      name: 'a close but different model is not approved',
      images: [photo({ make: 'Apple', model: 'iPad (10th generation)' })],
      options: school,
      count: 1,
    },
    {
      name: 'a photo with no camera information while a list is set',
      images: [photo()],
      options: school,
      count: 1,
      message: /no camera information.*can't be confirmed/,
    },
    {
      name: 'a HEIC photo named without type and no camera information',
      images: [{ name: 'IMG_2231.HEIC' }],
      options: school,
      count: 1,
    },
    {
      name: 'GPS and an unapproved device on the same photo',
      images: [photo({ gps: { lat: 49.69, lon: -112.84 }, make: 'samsung', model: 'SM-G991W' })],
      options: school,
      count: 2,
    },
  ],
});

it('names each image by its position and file name', () => {
  const hits = runRule(rule, {
    images: [
      photo({ name: 'clean.jpg' }),
      photo({ name: 'field.jpg', gps: { lat: 50.04, lon: -110.68 } }),
      photo({ name: 'gym.jpg', gps: { lat: 50.05, lon: -110.67 } }),
    ],
  });
  expect(hits.map((h) => h.image)).toEqual([1, 2]);
  expect(hits[0]?.message).toMatch(/^Image 2 \(“field\.jpg”\)/);
  expect(hits[1]?.message).toMatch(/^Image 3 \(“gym\.jpg”\)/);
});

it('never puts the coordinates in the message', () => {
  const [hit] = runRule(rule, { images: [photo({ gps: { lat: 50.0412, lon: -110.6789 } })] });
  expect(hit?.message).not.toMatch(/50\.04|110\.67/);
});
