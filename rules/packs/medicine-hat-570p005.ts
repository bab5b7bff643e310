import type { Pack } from './types.ts';

const consent =
  "No personal information, including student names, location, etc. should ever be posted on social media without informed consent from students' parents/guardians.";

const pack: Pack = {
  id: 'medicine-hat-570p005',
  name: 'Medicine Hat School District No. 76 — 570 P 005 Social Media Guidelines: Schools',
  seed: '000_df5b3f425f945944.txt',
  rules: {
    'student-name': { severity: 'block', clauses: [{ ref: '570 P 005 proc 5', quote: consent }] },
    'student-photo': {
      severity: 'block',
      clauses: [
        { ref: '570 P 005 proc 5', quote: consent },
        {
          ref: '570 P 005 proc 5',
          quote: 'This includes, but is not limited to blogs, student work, individual and group photographs, videos featuring the student or other identifying information.',
        },
      ],
    },
    'excursion-details': {
      severity: 'block',
      clauses: [
        {
          ref: '570 P 005 proc 4',
          quote: 'Details including the time and locations for school excursions are not to be communicated prior to the event for the safety of students.',
        },
      ],
    },
    'personal-info': {
      severity: 'block',
      clauses: [
        {
          ref: '570 P 005 General Guidelines',
          quote: 'Users shall not disclose personal, sensitive or confidential information without prior written consent.',
        },
        { ref: '570 P 005 proc 5', quote: consent },
      ],
    },
    'confidential-topic': {
      severity: 'block',
      clauses: [
        {
          ref: '570 P 005 proc 6',
          quote: 'Comments or confidential information are not to be posted on District-approved accounts including anything related to legal matters, subjects deemed controversial, District policy/procedures, contractual matters or crisis situations.',
        },
        { ref: '570 P 005 proc 8', quote: 'Message the account privately regarding personnel issues rather than utilizing social media.' },
      ],
    },
    'offensive-language': {
      severity: 'block',
      clauses: [
        { ref: '570 P 005 proc 8', quote: 'Obscene, racial or disrespectful comments, posts and visuals will not be allowed.' },
        {
          ref: '570 P 005 proc 8',
          quote: 'Comments that are abusive, hateful or intended to defame anyone or any organization will not be permitted.',
        },
      ],
    },
    'first-person-voice': {
      severity: 'warn',
      clauses: [{ ref: '570 P 005 General Guidelines', quote: 'All posts will use "We"' }],
    },
    promotion: {
      severity: 'warn',
      clauses: [
        {
          ref: '570 P 005 proc 8',
          quote: 'Each school reserves the right to delete comments that are spam or advertising; are clearly off-topic or disruptive; advocate illegal activity; promote particular services, products, or political organizations',
        },
      ],
    },
    // The location in a photo is a location posted; warn rather than block because it is usually the school itself.
    'image-metadata': {
      severity: 'warn',
      clauses: [
        { ref: '570 P 005 proc 5', quote: consent },
        {
          ref: '570 P 005 proc 4',
          quote: 'Details including the time and locations for school excursions are not to be communicated prior to the event',
        },
      ],
    },
  },
};

export default pack;
