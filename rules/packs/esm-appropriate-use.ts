import type { Pack } from './types.ts';

const mediaRelease =
  "Any personal student information that is posted to social media websites or circulated in other electronic communications while the student is under an employee's supervision must be compliant with the permission granted by the student's parents/guardians in a signed School District media release form";

const pack: Pack = {
  id: 'esm-appropriate-use',
  name: 'Appropriate Use of Electronic Social Media (administrative procedure)',
  seed: '003_6e990a4f85a866b5.txt',
  rules: {
    'student-name': { severity: 'block', clauses: [{ ref: 'ESM 5.5', quote: mediaRelease }] },
    'student-photo': { severity: 'block', clauses: [{ ref: 'ESM 5.5', quote: mediaRelease }] },
    'personal-info': {
      severity: 'block',
      clauses: [
        {
          ref: 'ESM 5.7',
          quote: 'The School District shall not disclose any information that is confidential, proprietary, or otherwise subject to legal protection, including but not limited to student information, personnel records, financial information, or other sensitive data, through any social media platform or website.',
        },
      ],
    },
    'confidential-topic': {
      severity: 'block',
      clauses: [
        {
          ref: 'ESM 3.10',
          quote: 'Confidential/sensitive information pertaining to the employee’s role in the School District or information involving the operation of the School District that is/was obtained through the course of employment shall not be disclosed on social media sites without permission.',
        },
      ],
    },
    // Only the Background speaks to tone, in general words: a prompt, not a hold.
    'offensive-language': {
      severity: 'warn',
      clauses: [
        {
          ref: 'ESM Background',
          quote: 'social media usage must be undertaken in a manner that is respectful, privacy compliant, and consistent with the role of school district staff within the community.',
        },
      ],
    },
  },
};

export default pack;
