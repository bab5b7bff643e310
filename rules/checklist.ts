import { DISTRICT_PACKS, type ClauseCitation, type PackId } from './packs/index.ts';
import type { RuleId } from './types.ts';

export type DistrictPackId = Exclude<PackId, 'strictest'>;

/** Clauses per district procedure; a procedure absent here does not ask for the item. */
export type ClausesByPack = Partial<Record<DistrictPackId, ClauseCitation[]>>;

/**
 * The items of a checklist that apply under `pack`, each with the clauses of
 * that procedure; under `strictest`, every item any procedure asks for, citing
 * each procedure that does, in the packs' registry order.
 */
export function forPack<T extends { clauses: ClausesByPack }>(
  items: readonly T[],
  pack: PackId,
): (Omit<T, 'clauses'> & { clauses: ClauseCitation[] })[] {
  return items.flatMap((item) => {
    const clauses =
      pack === 'strictest'
        ? DISTRICT_PACKS.flatMap((p) => item.clauses[p.id as DistrictPackId] ?? [])
        : (item.clauses[pack] ?? []);
    return clauses.length ? [{ ...item, clauses }] : [];
  });
}

/** A question about a post that the text and the image metadata cannot answer: the person posting does. */
export interface ChecklistItem {
  id: string;
  label: string;
  /** `images`: asked only when the draft has images attached. */
  when: 'always' | 'images';
  /**
   * Rules that cannot see what this item confirms (who owns a photo, when a
   * trip takes place): until it is ticked they read "needs you", not "passed".
   */
  settles: RuleId[];
  clauses: ClauseCitation[];
}

type Source = Omit<ChecklistItem, 'clauses'> & { clauses: ClausesByPack };

const MEDIA_RELEASE =
  "Any personal student information that is posted to social media websites or circulated in other electronic communications while the student is under an employee's supervision must be compliant with the permission granted by the student's parents/guardians in a signed School District media release form";

/** In the order a person reads a post: the photos, the people, then the words. */
const ITEMS: readonly Source[] = [
  {
    id: 'shown-at-distance',
    label: 'Students are shown from a distance or in a large group (or blurred or cropped), not in close-up.',
    when: 'images',
    settles: [],
    clauses: {
      'park-west-ap-144': [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Consider additional safeguards when using student images, such as blurring or cropping, or using images in which students are shown from a distance or in a large group.',
        },
      ],
    },
  },
  {
    id: 'school-device',
    label: 'The photos were taken on a school device, not a personal phone.',
    when: 'images',
    settles: ['image-metadata'],
    clauses: {
      'park-west-ap-144': [
        {
          ref: 'AP 144 Professional Use',
          quote: 'To the greatest extent possible, limit the use of personal devices for capturing student images to reduce potential privacy and security risks associated with personal devices.',
        },
      ],
    },
  },
  {
    id: 'images-purpose',
    label: 'Student images are used sparingly, for an educational or celebratory purpose.',
    when: 'images',
    settles: [],
    clauses: {
      'park-west-ap-144': [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Limit the use of student images on social media. Only share student images on an occasional basis and when necessary and for educational or celebratory purposes.',
        },
      ],
    },
  },
  {
    id: 'media-release',
    label: 'Every student named or shown is covered by a signed media release form.',
    when: 'always',
    settles: [],
    clauses: { 'esm-appropriate-use': [{ ref: 'ESM 5.5', quote: MEDIA_RELEASE }] },
  },
  {
    id: 'others-agreed',
    label: 'Everyone else named or pictured (staff, families, guests) agreed to it.',
    when: 'always',
    settles: [],
    clauses: {
      'medicine-hat-570p005': [
        {
          ref: '570 P 005 General Guidelines',
          quote: 'Users shall not disclose personal, sensitive or confidential information without prior written consent.',
        },
      ],
      'lethbridge-607-4': [
        {
          ref: '607.4 §4.1',
          quote: 'Any names or pictures that are used need to have proper permissions granted prior to publication on any social media site.',
        },
      ],
    },
  },
  {
    id: 'own-or-permission',
    label: 'We own this content (photos, music, artwork, words) or have permission to use it.',
    when: 'always',
    settles: ['copyright'],
    clauses: {
      'lethbridge-607-4': [{ ref: '607.4 §4.2', quote: 'Users of social media will comply with all copyright laws.' }],
      'ap-80-06': [{ ref: 'AP 80-06 Proper Conduct', quote: 'No violations of copy write or licensing' }],
    },
  },
  {
    id: 'trip-after-event',
    label: 'Times and places of field trips and outings appear only after the event.',
    when: 'always',
    settles: ['excursion-details'],
    clauses: {
      'medicine-hat-570p005': [
        {
          ref: '570 P 005 proc 4',
          quote: 'Details including the time and locations for school excursions are not to be communicated prior to the event for the safety of students.',
        },
      ],
      'park-west-ap-144': [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Limit information about school field trips or off-site activities to protect student safety.',
        },
      ],
    },
  },
  {
    id: 'for-the-school',
    label: 'The post is for the school: no self-promotion or personal views.',
    when: 'always',
    settles: ['promotion'],
    clauses: {
      'ap-80-06': [
        {
          ref: 'AP 80-06 Representing the Division',
          quote: 'Social media accounts are for Division use only and may not be used for personal purposes including self-promotion or advancing personal ideals.',
        },
      ],
    },
  },
  {
    id: 'speaks-as-we',
    label: 'The post speaks for the school as “We”, not as “I”.',
    when: 'always',
    settles: [],
    clauses: {
      'medicine-hat-570p005': [{ ref: '570 P 005 General Guidelines', quote: 'All posts will use "We"' }],
    },
  },
];

/** The questions the procedure in force asks of every post (and of every post with images). */
export function manualChecklist(pack: PackId): ChecklistItem[] {
  return forPack(ITEMS, pack);
}

/** Every item of every procedure, for tests and documentation. */
export const CHECKLIST_SOURCES: readonly Source[] = ITEMS;
