import { describe, expect, it } from 'vitest';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import rule, { fileNameWords } from '../../rules/student-photo.ts';
import type { ImageMeta } from '../../rules/types.ts';
import { STUDENTS } from '../fixtures/rosters/students.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

const roster = buildRosterIndex(STUDENTS);
const photo = (extra: Partial<ImageMeta> = {}): ImageMeta => ({ name: 'IMG_1234.jpg', type: 'image/jpeg', ...extra });

runRuleCases(rule, {
  roster,
  valid: [
    { name: 'no images, even with a student who has no photo consent', text: 'José Ramírez won the spelling bee.' },
    { name: 'no images, even with a tagless do-not-publish student', text: 'Mason scored twice.' },
    { name: 'images but nobody identified', text: 'Our spring concert!', images: [photo(), photo({ name: 'IMG_1235.jpg' })] },
    { name: 'images of a student with photo consent', text: 'Liam Nguyen at the science fair.', images: [photo()] },
    { name: 'a tagged student with photo consent', images: [photo({ taggedStudents: ['S1005'] })] },
    { name: 'a tag for a student who is not on the roster', images: [photo({ taggedStudents: ['S9999'] })] },
    { name: 'a shared first name settled by a tag on a student with consent', text: 'Emma at the fair!', images: [photo({ taggedStudents: ['S1001'] })] },
    { name: 'an everyday word in a file name that is also a first name', images: [photo({ name: 'rose_garden_hope.jpg' })] },
    { name: 'a camera file name', images: [photo({ name: 'PXL_20260512_093000123.jpg' })] },
    { name: 'a student named in alt text who has photo consent', images: [photo({ alt: 'Ava Singh holding her ribbon' })] },
    { name: 'the ordinary word "hope" in alt text', images: [photo({ alt: 'We hope you enjoy the show' })] },
  ],
  invalid: [
    {
      name: 'a named student without photo consent',
      text: 'José Ramírez at the spelling bee!',
      images: [photo()],
      count: 1,
      spans: ['José Ramírez'],
      studentIds: ['S1019'],
      message: /José Ramírez’s family has not given photo consent/,
    },
    { name: 'a tagged student without photo consent', images: [photo({ taggedStudents: ['S1006'] })], studentIds: ['S1006'], message: /Hope O'Brien’s family has not given photo consent/ },
    { name: 'a student named in the alt text', images: [photo({ alt: 'Grace Hall on stage' })], studentIds: ['S1007'] },
    { name: 'a student named in a snake_case file name', images: [photo({ name: 'emma_roy_gr4.jpg' })], studentIds: ['S1002'] },
    { name: 'a student named in a CamelCase file name', images: [photo({ name: 'EmmaRoy.png' })], studentIds: ['S1002'] },
    { name: 'an everyday-word name in full in a file name', images: [photo({ name: 'grace-hall-concert.jpeg' })], studentIds: ['S1007'] },
    {
      name: 'a do-not-publish request overrides photo consent',
      text: 'Mason Wiebe scores!',
      images: [photo()],
      studentIds: ['S1013'],
      message: /do-not-publish list/,
    },
    { name: 'expired consent', images: [photo({ taggedStudents: ['S1014'] })], studentIds: ['S1014'], message: /expired on 2026-01-31/ },
    {
      name: 'a shared first name names every candidate without photo consent',
      text: 'Emma at the fair!',
      images: [photo()],
      count: 1,
      spans: ['Emma'],
      studentIds: ['S1002', 'S1003'],
      message: /2 of the 3 students named “Emma” may not appear in photos/,
    },
    { name: 'one finding per student', text: 'José and Grace Hall', images: [photo({ taggedStudents: ['S1006'] })], count: 3 },
  ],
});

describe('which image a finding points at', () => {
  const two = [photo({ name: 'IMG_1.jpg' }), photo({ name: 'IMG_2.jpg', taggedStudents: ['S1006'] })];

  it('the image a student is tagged in', () => {
    const [hit] = runRule(rule, { images: two }, roster);
    expect(hit?.image).toBe(1);
    expect(hit?.start).toBeUndefined();
  });

  it('the only image, when a student is named in the text', () => {
    const [hit] = runRule(rule, { text: 'Go José!', images: [photo()] }, roster);
    expect(hit?.image).toBe(0);
    expect(hit?.start).toBe(3);
  });

  it('no image, when the text names a student and several images are attached', () => {
    const [hit] = runRule(rule, { text: 'Go José!', images: [photo(), photo({ name: 'IMG_2.jpg' })] }, roster);
    expect(hit?.image).toBeUndefined();
    expect(hit?.studentIds).toEqual(['S1019']);
  });

  it('the text span and the image, when a named student is also tagged', () => {
    const [hit] = runRule(rule, { text: 'Hope O’Brien', images: two }, roster);
    expect(hit).toMatchObject({ start: 0, end: 12, image: 1, studentIds: ['S1006'] });
  });
});

describe('file names as words', () => {
  it.each([
    ['emma_thompson_gr4.jpg', ['emma', 'thompson', 'gr', '4']],
    ['EmmaThompson.png', ['Emma', 'Thompson']],
    ['LiamMacDonald_DeShawnLee.jpg', ['Liam', 'MacDonald', 'DeShawn', 'Lee']],
    ['gr4b_art2026.png', ['gr', '4', 'b', 'art', '2026']],
    ['grace-hall.concert.JPEG', ['grace', 'hall', 'concert']],
    ['C:\\photos\\IMG_2041.HEIC', ['IMG', '2041']],
  ])('%s', (name, words) => {
    expect(fileNameWords(name)).toEqual(words);
  });
});
