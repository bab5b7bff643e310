import { expect, it } from 'vitest';
import rule from '../../rules/personal-info.ts';
import type { NameMatch, RosterIndex, Student } from '../../rules/types.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

const students: Student[] = [
  { id: 'S1001', firstName: 'Emma', lastName: 'Thompson', photoConsent: true, nameConsent: 'first', doNotPublish: false },
  { id: 'S1002', firstName: 'Liam', lastName: 'Chen', photoConsent: true, nameConsent: 'full', doNotPublish: false },
];

// A small stand-in for the roster index: finds first names and full names, as the real index reports them.
const roster: RosterIndex = {
  size: students.length,
  student: (id) => students.find((s) => s.id === id),
  findNames(text) {
    const found: NameMatch[] = [];
    for (const s of students) {
      for (const m of text.matchAll(new RegExp(`\\b${s.firstName}(?: ${s.lastName})?\\b`, 'g'))) {
        found.push({ start: m.index, end: m.index + m[0].length, kind: m[0].includes(' ') ? 'full' : 'first', studentIds: [s.id] });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

const school = { phones: ['(403) 555-0000'], emails: ['Office@MHPSD.ca'], domains: ['https://www.school.ca/'] };

runRuleCases(rule, {
  roster,
  valid: [
    { name: "the school's own phone number (allow-list, compared by digits)", text: 'Call the office at 403-555-0000.', options: { allowList: school } },
    { name: "the school's phone written another way", text: 'Our main line: +1 403 555 0000.', options: { allowList: school } },
    { name: "the school's number without its area code", text: 'Call 555-0000 to book.', options: { allowList: school } },
    { name: "the school's e-mail in another case", text: 'Questions? Email office@mhpsd.ca', options: { allowList: school } },
    { name: "any e-mail at the school's domain", text: 'Contact principal@school.ca or the office.', options: { allowList: school } },
    { name: "a URL of the school's domain with numbers in it", text: 'More at https://www.school.ca/news/403-555-1234', options: { allowList: school } },
    { name: 'a year', text: 'Congratulations to the class of 2026!' },
    { name: 'a school year range', text: 'Registration for the 2025-2026 school year is open.' },
    { name: 'a time', text: 'Doors open at 9:30.' },
    { name: 'a price', text: 'Tickets are $25.00 at the door.' },
    { name: 'an ISO date', text: 'The next PD day is 2026-05-12.' },
    { name: 'a score', text: 'We won 3-2 against the Cougars!' },
    { name: 'a room number', text: 'Parent council meets in Room 204.' },
    { name: 'a grade number', text: 'Grade 4 students planted 120 trees.' },
    { name: 'hashtags with numbers', text: 'Great day! #Grade4Rocks #2026 #T1A2B3' },
    { name: 'generic health advice with no person', text: 'Flu season tips from AHS: wash your hands!' },
    { name: 'allergies in general', text: 'Many students have allergies, so please no peanuts.' },
    { name: 'asthma in general', text: 'Students with asthma should bring their inhalers.' },
    { name: 'advice to parents about sickness', text: 'If your child has the flu, please keep them home.' },
    { name: 'report cards in general', text: 'Report cards go home Friday.' },
    { name: 'a birthday greeting without a date', text: 'Happy birthday Emma!' },
    { name: "a country's birthday", text: "Canada's birthday is July 1 — enjoy the long weekend!" },
    { name: 'a year before a street name', text: 'In 2025 Main Street reopened after construction.' },
    { name: 'a unit of study', text: 'The Unit 4 test on fractions is Friday.' },
    { name: 'a charity run against cancer', text: 'Terry Fox Run: we are fighting cancer together!' },
  ],
  invalid: [
    { name: 'a parent phone number', text: 'Call Mrs. Smith at 403-555-1234 for details.', spans: ['403-555-1234'], message: /phone number/ },
    { name: 'a phone number with brackets', text: 'Text (403) 555-1234 to volunteer.', spans: ['(403) 555-1234'] },
    { name: 'a seven-digit local number', text: 'Call 555-1234 after school.', spans: ['555-1234'] },
    { name: 'a number other than the allow-listed one', text: 'Call 403-555-9999.', options: { allowList: school }, spans: ['403-555-9999'] },
    { name: 'a personal e-mail address', text: 'Email jane.doe@gmail.com with questions.', spans: ['jane.doe@gmail.com'], message: /e-mail/ },
    { name: "a look-alike of the school's domain", text: 'Write to admin@school.ca.example.com', options: { allowList: school }, spans: ['admin@school.ca.example.com'] },
    { name: 'a street address', text: 'Emma lives at 123 Main Street.', spans: ['123 Main Street'], message: /home address/ },
    { name: 'an address with a quadrant and an apartment', text: 'Drop off at 45 Elm Ave SE, Apt 4.', count: 2, spans: ['45 Elm Ave SE', 'Apt 4'] },
    { name: 'a Canadian postal code', text: 'Mail it to T1A 2B3.', spans: ['T1A 2B3'], message: /postal code/ },
    { name: 'a US address with ZIP+4', text: 'Send it to 123 Main St, Havre, MT 59501-1234.', spans: ['123 Main St', 'MT 59501-1234'] },
    { name: 'a birthdate with "born on"', text: 'Emma was born on May 3, 2015.', spans: ['born on May 3, 2015'], message: /birthdate/ },
    { name: 'a DOB label', text: 'Name: Liam, DOB: 2015-05-03', spans: ['DOB: 2015-05-03'] },
    { name: "a student's birthday", text: "Liam's birthday is tomorrow!", spans: ['birthday is tomorrow'] },
    { name: 'a student number with #', text: 'Congrats to student #S1001!', spans: ['student #S1001'], message: /student number/ },
    { name: 'a "student number" label', text: 'Her student number 123456 is on the form.', spans: ['student number 123456'] },
    { name: 'an Alberta Student Number', text: 'ASN 1234-5678-9', spans: ['ASN 1234-5678-9'] },
    { name: 'a roster id on its own', text: 'S1002 won the spelling bee!', spans: ['S1002'], studentIds: ['S1002'] },
    { name: 'a medical condition of a roster student', text: 'Emma has asthma.', spans: ['has asthma'], studentIds: ['S1001'], message: /health or medical detail about Emma/ },
    { name: 'a diagnosis', text: 'Liam Chen was diagnosed with type 1 diabetes.', spans: ['diagnosed with type 1 diabetes'], studentIds: ['S1002'] },
    { name: 'a failing grade of a named child not on the roster', text: 'Noah failed math.', spans: ['failed math'], message: /about Noah/ },
    { name: 'a learning plan', text: 'Olivia is on an IEP.', spans: ['on an IEP'] },
    { name: 'an allergy', text: 'Mia is allergic to peanuts.', spans: ['allergic to peanuts'] },
    { name: 'report card marks', text: "Noah's report card marks were low.", spans: ['report card marks'] },
    { name: 'a test score', text: 'Emma scored 45% on her spelling test.', spans: ['scored 45%'], studentIds: ['S1001'] },
    { name: 'a staff member in hospital', text: 'We wish Mrs. Patel a speedy recovery — she is in the hospital.', spans: ['in the hospital'], message: /Mrs\. Patel/ },
    { name: 'a custom keyword from settings', text: 'Her locker number is 14.', options: { keywords: ['locker number'] }, spans: ['locker number'], message: /custom keywords/ },
  ],
});

it('reports each item of a post once, in order', () => {
  const text = 'Emma has asthma. Call her mom at 403-555-1234 or write to mom@example.com.';
  const hits = runRule(rule, text, roster);
  expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['has asthma', '403-555-1234', 'mom@example.com']);
});
