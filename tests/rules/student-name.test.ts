import { expect, it } from 'vitest';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import rule from '../../rules/student-name.ts';
import { STUDENTS } from '../fixtures/rosters/students.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

const roster = buildRosterIndex(STUDENTS);

runRuleCases(rule, {
  roster,
  valid: [
    { name: 'a post without names', text: 'Our Grade 4 class planted a garden this week!' },
    { name: 'full consent, full name', text: 'Congratulations to Liam Nguyen and Ava Singh on their science fair projects!' },
    {
      name: 'first-name consent, first name alone (the only Emma on this roster)',
      text: 'Congratulations to Emma on her science fair project!',
      roster: buildRosterIndex(STUDENTS.filter((s) => s.id === 'S1001')),
    },
    { name: 'first-name consent, accented first name without its accent', text: 'Well done, Zoe!' },
    { name: 'first-name consent, preferred name alone', text: 'Kate read her poem at the assembly.' },
    { name: 'a shared first name whose every candidate allows it', text: 'Mia scored the winning goal.' },
    { name: 'a later first name settled by the full name of a student who allows it', text: 'Liam Nguyen won. Liam thanked the team.' },
    { name: 'the same name as an ordinary word: "hope"', text: 'We hope to see you at the concert.' },
    { name: 'the same name as an ordinary word at a sentence start: "Hope"', text: 'Hope to see you there!' },
    { name: '"Grace period"', text: 'Grace period for library books ends Friday.' },
    { name: '"Will you join us?"', text: 'Will you join us? We will have snacks.' },
    { name: '"Mark your calendars"', text: 'Mark your calendars: the book fair opens Monday.' },
    { name: '"In May we"', text: 'In May we will hold the spring concert. See you on May 15!' },
    { name: 'a surname that is an ordinary word, in lower case', text: 'Our young readers are amazing.' },
    { name: 'a surname that is an ordinary word, at a sentence start', text: 'Young authors shared their books.' },
    { name: 'a teacher who shares a student’s surname', text: 'Mrs. Thompson’s class and Mr. Young visited the museum.' },
    { name: 'a principal title', text: 'Principal Nguyen welcomed families.' },
    { name: 'a famous person who shares a first name', text: 'We watched a film with Emma Watson.' },
    { name: 'a school named after a person', text: 'We played Grace Lutheran School on Friday.' },
    { name: 'full consent that ends today is still good today', text: 'Lucas Campbell won the race.' },
  ],
  invalid: [
    {
      name: 'a full name when the family agreed to first names only',
      text: 'Congratulations to Emma Thompson on her win!',
      spans: ['Emma Thompson'],
      studentIds: ['S1001'],
      fix: 'Emma',
      message: /Emma Thompson’s family agreed to first names only/,
    },
    {
      name: 'a possessive full name keeps the possessive in the fix',
      text: "Emma Thompson's painting won first prize.",
      spans: ["Emma Thompson's"],
      fix: "Emma's",
    },
    { name: 'case and accents do not hide a name', text: 'zoe van der berg read her story.', spans: ['zoe van der berg'], studentIds: ['S1011'], fix: 'zoe' },
    { name: 'a preferred name with the last name', text: 'Kate Lee sang beautifully.', studentIds: ['S1012'], fix: 'Kate' },
    { name: 'a legal first name with the last name, possessive', text: 'Katherine Lee’s poem was read aloud.', fix: 'Katherine’s' },
    {
      name: 'a last name alone when only first names are allowed',
      text: 'The Thompson family donated books.',
      spans: ['Thompson'],
      studentIds: ['S1001'],
      message: /“Thompson” is the last name of a student whose family agreed to first names only/,
    },
    { name: 'a surname plural', text: 'Thanks to the Thompsons for the books.', spans: ['Thompsons'] },
    {
      name: 'any name when name consent is none',
      text: 'Congratulations to Emma Roy on her win!',
      spans: ['Emma Roy'],
      studentIds: ['S1002'],
      fix: 'a student',
      message: /Emma Roy’s family has not agreed to having their name posted/,
    },
    { name: 'the fix keeps a sentence start capitalised', text: 'Emma Roy won the spelling bee.', fix: 'A student' },
    { name: 'the fix keeps a possessive', text: "We loved Emma Roy's drawing.", fix: "a student's" },
    {
      name: 'a shared first name names every candidate whose consent it exceeds',
      text: 'Way to go, Emma!',
      spans: ['Emma'],
      studentIds: ['S1002', 'S1003'],
      message: /2 of the 3 students named “Emma” may not be named/,
    },
    { name: 'a first name settled by an earlier full name stays with that student', text: 'Emma Thompson won. Emma thanked everyone.', count: 1, spans: ['Emma Thompson'] },
    { name: 'hope as a name, possessive at a sentence start', text: "Hope's painting is in the hallway.", spans: ["Hope's"], studentIds: ['S1006'], fix: "A student's" },
    { name: 'grace as a name mid-sentence', text: 'Congratulations to Grace on her win.', spans: ['Grace'], studentIds: ['S1007'] },
    { name: 'will as a name', text: 'Thanks to Will for leading the food drive.', spans: ['Will'], studentIds: ['S1008'] },
    { name: 'may as a name', text: 'Congratulations to May on her award!', spans: ['May'], studentIds: ['S1010'] },
    { name: 'an ordinary-word surname used as a name', text: 'Thanks to the Young family for the donation.', spans: ['Young'], studentIds: ['S1009'] },
    { name: 'a hyphenated surname', text: 'A big thank you to the Smith-Jones family.', spans: ['Smith-Jones'], studentIds: ['S1008'] },
    { name: 'an apostrophe surname typed with another apostrophe', text: "Owen D'Angelo won the chess tournament.", spans: ["Owen D'Angelo"], studentIds: ['S1016'] },
    {
      name: 'a do-not-publish request overrides full consent',
      text: 'Mason scored twice.',
      studentIds: ['S1013'],
      message: /Mason is on the do-not-publish list/,
      fix: 'A student',
    },
    {
      name: 'expired consent counts as none',
      text: 'Great job, CHLOE BERGERON!',
      studentIds: ['S1014'],
      message: /expired on 2026-01-31/,
    },
    { name: 'consent ending yesterday', text: 'Lucas Campbell won the race.', now: '2026-05-13T08:00:00-06:00', studentIds: ['S1015'] },
    { name: 'each name gets its own finding', text: 'Emma Thompson and Hope O’Brien led the assembly.', count: 2, spans: ['Emma Thompson', 'Hope O’Brien'] },
  ],
});

it('names only the candidates whose consent a shared first name exceeds', () => {
  const [hit] = runRule(rule, { text: 'Thanks, Emma!' }, roster);
  expect(hit?.studentIds).not.toContain('S1001');
});

it('judges expiry by the post’s own day, not by UTC', () => {
  // 23:30 on May 12 in Alberta is May 13 in UTC; the consent is still good on the 12th.
  expect(runRule(rule, { text: 'Lucas Campbell won.', now: '2026-05-12T23:30:00-06:00' }, roster)).toEqual([]);
});

it('does not say more than the name as written', () => {
  const [hit] = runRule(rule, { text: 'Thanks to the Thompson family.' }, roster);
  expect(hit?.message).not.toMatch(/Emma/);
  expect(hit?.fix).toBeUndefined();
});
