import type { Pack } from './types.ts';

const noSharing = 'No sharing of confidential information or passwords';

const pack: Pack = {
  id: 'ap-80-06',
  name: 'AP 80-06 Social Media and Internet Communication Procedures',
  seed: '002_c189a8ea6af0ddb5.txt',
  rules: {
    'personal-info': {
      severity: 'block',
      clauses: [
        { ref: 'AP 80-06 Proper Conduct', quote: 'The same rules with regards to privacy, behaviour and legality all apply to social media tools.' },
        { ref: 'AP 80-06 Proper Conduct', quote: noSharing },
      ],
    },
    'confidential-topic': {
      severity: 'block',
      clauses: [{ ref: 'AP 80-06 Proper Conduct', quote: noSharing }],
    },
    'offensive-language': {
      severity: 'block',
      clauses: [{ ref: 'AP 80-06 Proper Conduct', quote: 'Proper respect for students, parents, coworkers and equipment' }],
    },
    // The rule spots advertising wording; whether it is self-promotion or a school event needs a person's eye.
    promotion: {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 80-06 Representing the Division',
          quote: 'Social media accounts are for Division use only and may not be used for personal purposes including self-promotion or advancing personal ideals.',
        },
      ],
    },
    credentials: {
      severity: 'block',
      clauses: [{ ref: 'AP 80-06 Proper Conduct', quote: noSharing }],
    },
    copyright: {
      severity: 'warn',
      clauses: [{ ref: 'AP 80-06 Proper Conduct', quote: 'No violations of copy write or licensing' }],
    },
  },
};

export default pack;
