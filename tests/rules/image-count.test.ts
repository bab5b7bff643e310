import { expect, it } from 'vitest';
import rule from '../../rules/image-count.ts';
import type { ImageMeta } from '../../rules/types.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

const images = (n: number): ImageMeta[] =>
  Array.from({ length: n }, (_, i) => ({ name: `IMG_${i + 1}.jpg`, type: 'image/jpeg' }));

runRuleCases(rule, {
  valid: [
    { name: 'a post without images', text: 'Spring concert tonight!' },
    { name: 'one image', images: images(1) },
    { name: 'exactly the default limit of 4', images: images(4) },
    { name: 'exactly a raised limit of 10', images: images(10), options: { imageLimit: 10 } },
    { name: 'a single image under a limit of 1', images: images(1), options: { imageLimit: 1 } },
  ],
  invalid: [
    { name: 'five images over the default limit of 4', images: images(5), count: 1, message: /5 images; the limit is 4\. Remove 1 image\b/ },
    { name: 'twelve images', images: images(12), count: 1, message: /12 images; the limit is 4\. Remove 8 images/ },
    { name: 'two images under a limit of 1', images: images(2), options: { imageLimit: 1 }, count: 1, message: /the limit is 1/ },
    { name: 'five images under a lowered limit of 3', images: images(5), options: { imageLimit: 3 }, count: 1, message: /Remove 2 images/ },
  ],
});

it('reports the post as a whole, not one of its images', () => {
  const [hit] = runRule(rule, { images: images(6) });
  expect(hit?.image).toBeUndefined();
  expect(hit?.start).toBeUndefined();
});
