import type { Pack } from './types.ts';

const permissions =
  'Any names or pictures that are used need to have proper permissions granted prior to publication on any social media site.';

const pack: Pack = {
  id: 'lethbridge-607-4',
  name: 'Lethbridge School Division — 607.4 Responsible Use of Technology: Use of Social Media',
  seed: '001_f079420d736376c3.txt',
  rules: {
    'student-name': { severity: 'block', clauses: [{ ref: '607.4 §4.1', quote: permissions }] },
    'student-photo': { severity: 'block', clauses: [{ ref: '607.4 §4.1', quote: permissions }] },
    'personal-info': {
      severity: 'block',
      clauses: [
        {
          ref: '607.4 §4',
          quote: 'All postings, including photos, are subject to applicable provincial legislation and Lethbridge School Division FOIP policies and procedures at all times.',
        },
      ],
    },
    'confidential-topic': {
      severity: 'block',
      clauses: [
        {
          ref: '607.4 §6',
          quote: 'Comments or confidential information are not to be posted on Division approved accounts on anything related to legal matters, subjects deemed controversial, Division policy/procedures, contractual matters or a crisis situation.',
        },
        { ref: '607.4 §7', quote: 'Message the account or school administrator regarding personnel issues rather than using social media.' },
      ],
    },
    'offensive-language': {
      severity: 'block',
      clauses: [
        { ref: '607.4 §7', quote: 'Obscene, racial or disrespectful comments, posts and visuals will not be allowed.' },
        {
          ref: '607.4 §7',
          quote: 'Comments that are abusive, hateful or intended to defame anyone or any organization will not be permitted.',
        },
      ],
    },
    // §4.4 lets accounts promote the school's own activities, so this is a prompt to check, not a hold.
    promotion: {
      severity: 'warn',
      clauses: [
        {
          ref: '607.4 §7',
          quote: 'Lethbridge School Division also reserves the right to delete comments that are spam or advertising; are clearly off-topic or disruptive; advocate illegal activity; promote particular services, products or political organizations',
        },
      ],
    },
    credentials: {
      severity: 'block',
      clauses: [
        {
          ref: '607.4 §3.4',
          quote: 'Strong passwords shall be used. Account administrators are required to log off when editing of the account is completed or shall ensure devices will lock in a reasonable time to ensure security of the device and the integrity of the social media site and network.',
        },
      ],
    },
    copyright: {
      severity: 'warn',
      clauses: [{ ref: '607.4 §4.2', quote: 'Users of social media will comply with all copyright laws.' }],
    },
  },
};

export default pack;
