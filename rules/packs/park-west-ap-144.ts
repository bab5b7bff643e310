import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'park-west-ap-144',
  name: 'Park West School Division — AP 144 School Administration Social Media Use',
  seed: '004_4bc3b13f388bb86d.txt',
  rules: {
    'student-name': {
      severity: 'block',
      clauses: [{ ref: 'AP 144 Use of Student Information', quote: 'Publish only the first name unless full-name consent is obtained.' }],
    },
    'student-photo': {
      severity: 'block',
      clauses: [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Respect and implement any requests for non-disclosure of student images on social media.',
        },
      ],
    },
    'excursion-details': {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Limit information about school field trips or off-site activities to protect student safety.',
        },
      ],
    },
    'personal-info': {
      severity: 'block',
      clauses: [
        {
          ref: 'AP 144 Professional Use',
          quote: 'Social media interactions with students should serve an educational purpose, and personal information exchange should adhere to privacy laws.',
        },
      ],
    },
    'confidential-topic': {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 144 Professional Use',
          quote: 'Exercise caution in posting content, considering equity and inclusivity-related board policies, and avoiding disclosure of confidential or proprietary information.',
        },
      ],
    },
    'offensive-language': {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 144 Personal Use',
          quote: 'Employees should refrain from using offensive language or engaging in harassing, threatening, or defamatory communication.',
        },
      ],
    },
    'image-metadata': {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 144 Professional Use',
          quote: 'To the greatest extent possible, limit the use of personal devices for capturing student images to reduce potential privacy and security risks associated with personal devices.',
        },
      ],
    },
    'image-count': {
      severity: 'warn',
      clauses: [
        {
          ref: 'AP 144 Use of Student Information',
          quote: 'Limit the use of student images on social media. Only share student images on an occasional basis and when necessary and for educational or celebratory purposes.',
        },
      ],
    },
  },
};

export default pack;
