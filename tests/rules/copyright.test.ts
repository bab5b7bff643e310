import { expect, it } from 'vitest';
import rule from '../../rules/copyright.ts';
import type { ImageMeta } from '../../rules/types.ts';
import { oneNameRoster, runRule, runRuleCases } from '../helpers/rule-tester.ts';

const photo = (extra: Partial<ImageMeta> = {}): ImageMeta => ({ name: 'IMG_0412.jpg', type: 'image/jpeg', ...extra });
const school = { keywords: ['Riverside School', '@riversidesd'] };

// A roster whose only student is Maya Chen.
const roster = oneNameRoster('Maya Chen');

runRuleCases(rule, {
  valid: [
    'We copied the poem into our notebooks and illustrated it.',
    'Photo day is Friday! Wear your best smile.',
    'Creative writing club meets on Tuesdays.',
    'Photos by our Grade 6 photography club.',
    'Photo: Grade 4 science fair, round two.',
    'Photos by Mrs. Smith from Friday’s assembly.',
    'Digital citizenship: this week we learned about copyright and fair dealing.',
    'Options for the quiz: (a) apples (b) pears (c) cherries.',
    'Please share this post with your friends!',
    '📸 Fun at the fair today!',
    { name: 'the school’s own notice', text: '© 2025 Riverside School. All rights reserved.', options: school },
    { name: 'a repost of the district account', text: '#repost @riversidesd: snow day tomorrow!', options: school },
    { name: 'a student photographer on the roster', text: 'Photo credit: Maya Chen', roster },
    { name: 'an ordinary phone photo', images: [photo({ make: 'Apple', model: 'iPhone 14' })] },
    { name: 'an EXIF owner on the allow-list', images: [photo({ copyright: '© Riverside School 2025' })], options: school },
    { name: 'an empty EXIF artist', images: [photo({ artist: '  ', copyright: 'Unknown' })] },
    { name: 'a free-licence photo name', images: [photo({ name: 'unsplash-kids-reading.jpg' })] },
  ],
  invalid: [
    { text: 'Great shot of our team!\nPhoto: Jane Doe', spans: ['Photo: Jane Doe'], message: /someone else/ },
    { text: 'Photo credit: Jane Doe Photography', spans: ['Photo credit: Jane Doe Photography'] },
    { text: 'Our new gym! 📷 @janedoe_photo', spans: ['📷 @janedoe_photo'] },
    { text: 'Snow day fun (via @cbcnews)', spans: ['via @cbcnews'] },
    { text: 'Image courtesy of Getty Images', spans: ['Image courtesy of Getty Images'] },
    { text: 'Poster © 2024 Acme Design', spans: ['© 2024 Acme Design'], message: /copyright/ },
    { text: 'Song lyrics (c) 2021 Big Music', spans: ['(c) 2021 Big Music'] },
    { text: 'Copyright 2024 Someone Else', spans: ['Copyright 2024 Someone Else'] },
    { text: 'All rights reserved.', spans: ['All rights reserved'] },
    { text: '#repost What a great idea for a classroom!', spans: ['#repost'], message: /someone else’s post/ },
    { text: 'Reposted from @teacherlife', spans: ['Reposted from'] },
    { text: 'Regram @artsy_kids', spans: ['Regram @'] },
    { text: 'RT @edutweets: reading is power', spans: ['RT @edutweets'] },
    {
      name: 'a credit to someone not on the allow-list',
      text: '© 2025 Westside Photography',
      options: school,
      spans: ['© 2025 Westside Photography'],
    },
    {
      name: 'EXIF copyright of a photographer',
      images: [photo({ copyright: '© 2024 Jane Doe Photography' })],
      message: /Image 1 \(“IMG_0412\.jpg”\).*Jane Doe Photography/,
    },
    { name: 'EXIF artist', images: [photo({ artist: 'John Smith' })], options: school, message: /John Smith/ },
    { name: 'a Shutterstock download', images: [photo({ name: 'shutterstock_1234567.jpg' })], message: /stock-photo/ },
    { name: 'a Getty Images download', images: [photo({ name: 'GettyImages-987654.jpg' })] },
    { name: 'an iStock download', images: [photo({ name: 'istockphoto-1147544807-612x612.jpg' })] },
    { name: 'an Adobe Stock download', images: [photo({ name: 'AdobeStock_33344455.jpeg' })] },
    { name: 'a Depositphotos download', images: [photo({ name: 'depositphotos_1234-stock-photo-kids.jpg' })] },
    { name: 'a credit in the alt text', images: [photo({ alt: 'Children reading. Photo by Jane Doe on Unsplash' })] },
  ],
});

it('points image findings at the image, text findings at the text', () => {
  const hits = runRule(rule, {
    text: 'Photo credit: Jane Doe',
    images: [photo(), photo({ name: 'shutterstock_1.jpg' })],
  });
  expect(hits).toHaveLength(2);
  expect(hits[0]).toMatchObject({ start: 0, end: 22 });
  expect(hits[0]?.image).toBeUndefined();
  expect(hits[1]?.image).toBe(1);
  expect(hits[1]?.start).toBeUndefined();
});
