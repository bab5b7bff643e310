import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'image-count',
  meta: {
    title: 'Number of images',
    protects: 'Keeps posts to a few images, so student pictures are shared sparingly, not in bulk.',
    defaultSeverity: 'warn',
  },
  check({ draft, options }) {
    const count = draft.images.length;
    const limit = options.imageLimit;
    if (count <= limit) return [];
    const extra = count - limit;
    // About the post as a whole, so no image index: any of the images could be the ones to drop.
    return [
      {
        message: `This post has ${count} images; the limit is ${limit}. Remove ${extra} ${extra === 1 ? 'image' : 'images'} and keep only the ones that are needed — student images are to be shared sparingly.`,
      },
    ];
  },
});
