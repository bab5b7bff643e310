import { expect, it } from 'vitest';
import rule from '../../rules/excursion-details.ts';
import type { NameMatch, RosterIndex } from '../../rules/types.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

// DEFAULT_NOW is Tuesday 2026-05-12, 09:00 in Alberta (-06:00).
runRuleCases(rule, {
  valid: [
    { name: 'a trip that already happened (yesterday, past tense)', text: 'Yesterday our Grade 4s visited the zoo.' },
    { name: 'a trip recap with a past date', text: 'What a great trip to the museum last week!' },
    { name: 'past tense with a weekday', text: 'Our Grade 4s visited the zoo on Friday and had a blast.' },
    { name: 'past tense with an earlier date this month', text: 'Our trip to Drumheller on May 3 was unforgettable.' },
    { name: 'a past trip even though the post also says "please"', text: "Yesterday's trip to the zoo was great, please thank the parents who drove." },
    { name: 'a form deadline is not the trip date', text: 'Field trip forms are due Friday.' },
    { name: 'a form deadline and where to hand the forms in', text: 'Field trip forms are due Friday at the office.' },
    { name: 'a permission-slip deadline', text: 'Please sign and return the field trip permission slip by May 20.' },
    { name: 'a generic mention without details', text: 'We love field trips!' },
    { name: 'talk about trips with no trip announced', text: 'Field trips are a great way to learn about our community.' },
    { name: 'details promised for later, none given', text: 'Excursion details will be sent home with your child.' },
    { name: 'an in-school event with a time and a room', text: 'Assembly tomorrow at 9 in the gym.' },
    { name: 'an in-school lunch', text: 'Pizza lunch tomorrow at noon in the gym.' },
    { name: 'a home tournament in our own gym', text: 'We are hosting the volleyball tournament Friday in our gym.' },
    { name: 'an evening at the school', text: 'Meet the Teacher night is Thursday at 6 pm in the gym.' },
    { name: 'an event in our gym that people may visit', text: 'Come visit us at the Spring Fair in our gym on Friday!' },
    { name: 'a virtual field trip goes nowhere', text: 'Join our virtual field trip tomorrow at 10!' },
    { name: 'thanks for a trip, without details', text: 'Thanks to Mrs. Smith for organizing our field trip!' },
    { name: 'a past trip followed by an in-school event', text: 'Yesterday we went on a field trip. Tomorrow we have an assembly at 9 in the gym.' },
    { name: 'a form deadline followed by an in-school event', text: 'Field trip forms are due Friday. Assembly tomorrow at 9 in the gym.' },
    { name: 'a team back from camp', text: 'The Grade 6 class returned from camp on Friday, tired but happy.' },
    { name: 'a tournament already won', text: 'Congratulations to our Senior Boys, who won the tournament in Taber last weekend!' },
    {
      name: "a date that is already yesterday in the post's own time zone (Japan), though still today in UTC",
      text: 'Field trip to the zoo: May 12.',
      now: '2026-05-13T01:00:00+09:00',
    },
    { name: 'a cancelled trip', text: 'The Grade 9 trip to Quebec City has been cancelled.' },
    { name: 'heading to the gym is not a trip', text: "We're heading to the gym for our assembly at 10." },
    { name: 'a home game', text: 'Go Tigers! Game tonight vs. Hamilton at 7 pm at home.' },
    { name: 'a trip the week before, told with a date', text: 'Our field trip to the Galt Museum on May 5 was a hit.' },
  ],
  invalid: [
    {
      name: 'destination and weekday in one sentence',
      text: 'Our Grade 4s are heading to the Royal Tyrrell Museum on Friday!',
      spans: ['to the Royal Tyrrell Museum on Friday'],
      message: /not to be shared before the event/,
    },
    {
      name: 'a meeting place and time in the next sentence',
      text: 'Field trip tomorrow! Meet at the Esplanade at 9:30.',
      count: 1,
      spans: ['tomorrow! Meet at the Esplanade at 9:30'],
      message: /Meet at the Esplanade/,
    },
    {
      name: 'the bus leaving from the school doors is a meeting place',
      text: 'Grade 5 field trip to Kin Coulee Park on May 14. The bus leaves from the north doors at 8:45 a.m.',
      count: 1,
      spans: ['to Kin Coulee Park on May 14. The bus leaves from the north doors at 8:45 a.m.'],
      message: /bus leaves from the north doors/,
    },
    {
      name: 'trip details after a form deadline in the same post',
      text: 'Please return permission forms by Friday for our trip to the zoo on May 20.',
      spans: ['to the zoo on May 20'],
    },
    {
      name: "the trip's own day, next to a form deadline",
      text: "Permission forms for Friday's field trip are due tomorrow.",
      spans: ['Friday'],
    },
    { name: 'an away tournament', text: 'Good luck to our Senior Girls at the zone tournament in Taber this weekend!', spans: ['in Taber this weekend'] },
    { name: 'an away game with a time', text: 'Away game Thursday at 4:30 — go Tigers!', spans: ['Thursday at 4:30'] },
    { name: 'camp dates and place', text: 'Grade 6 camp is June 3-5 at Camp Kindle.', spans: ['June 3-5 at Camp Kindle'] },
    { name: 'camp at a named camp over several days', text: 'The Grade 6 overnight camp is at Camp Chief Hector from June 3 to 5.', spans: ['at Camp Chief Hector from June 3 to 5'] },
    { name: 'a destination only, told in the present', text: 'Grade 2 field trip to the zoo!', spans: ['to the zoo'], message: /where \(“to the zoo”\)/ },
    { name: '"next week" alone', text: 'Reminder: our Grade 3 excursion is next week.', spans: ['next week'], message: /when \(“next week”\)/ },
    { name: 'an outing to the pool', text: 'Our outing to the pool is on Thursday.', spans: ['to the pool is on Thursday'] },
    { name: 'a public library is off-site', text: 'We are going to the Lethbridge Public Library on Wednesday.', spans: ['to the Lethbridge Public Library on Wednesday'] },
    { name: 'buses departing for a ski trip', text: 'Ski trip! Buses depart from the bus loop at 7 a.m. sharp.', spans: ['Buses depart from the bus loop at 7 a.m.'] },
    { name: 'a visit to the fire hall', text: 'Our Grade 1s will visit the fire hall on Thursday morning.', spans: ['visit the fire hall on Thursday morning'] },
    { name: 'a walk to a park this afternoon', text: 'Heads up: the Grade 5 class walks to Henderson Lake at 1 pm today.', spans: ['to Henderson Lake at 1 pm today'] },
    { name: 'a trip ahead, even with a past date in the sentence', text: 'We had so much fun last year that we will go back to the farm on Friday.', spans: ['to the farm on Friday'] },
    { name: 'a named destination with "of"', text: 'Track meet at the University of Lethbridge on Friday. Buses leave at 7:45.', count: 1, spans: ['meet at the University of Lethbridge on Friday. Buses leave at 7:45'] },
    { name: 'a return time in the next sentence', text: 'Grade 4 field trip on Friday! Students will be back by 3:15. Please pack a lunch.', spans: ['on Friday! Students will be back by 3:15'] },
    { name: 'the trip sentence after a fee deadline', text: 'Field trip fees of $15 are due by Friday. The trip is to the Calgary Zoo on May 28.', count: 1, spans: ['to the Calgary Zoo on May 28'] },
    { name: 'leaving for a destination tomorrow', text: 'Our Grade 2s leave for the Calgary Zoo at 8:15 tomorrow.', spans: ['leave for the Calgary Zoo at 8:15 tomorrow'] },
    { name: 'a postponed trip is still ahead', text: 'The field trip to the zoo is postponed to next Friday.', spans: ['to the zoo is postponed to next Friday'] },
    { name: 'a passport deadline does not hide the trip', text: 'Students heading to Ottawa in May: passports are due Friday.', spans: ['to Ottawa in May'] },
    { name: 'a band trip over several days', text: 'The band travels to Calgary for the music festival May 21-23.', spans: ['to Calgary for the music festival May 21-23'] },
    { name: 'a trip today is still ahead of the students', text: 'Field trip to the zoo: May 12.', spans: ['to the zoo: May 12'] },
    {
      name: '"tomorrow" read in the post\'s time zone, late in the evening',
      text: 'Field trip tomorrow to the Galt Museum!',
      now: '2026-05-12T23:30:00-06:00',
      spans: ['tomorrow to the Galt Museum'],
    },
    {
      name: 'two separate trips in one post give two findings',
      text: 'Grade 1 field trip to the zoo on Friday.\n\nGrade 6 camp is June 3-5 at Camp Kindle.',
      count: 2,
      spans: ['to the zoo on Friday', 'June 3-5 at Camp Kindle'],
    },
  ],
});

// A roster that knows one student, to check that a name after "to" is not taken for a destination.
const emma: RosterIndex = {
  size: 1,
  student: () => undefined,
  findNames(text: string): NameMatch[] {
    return [...text.matchAll(/\bEmma\b/g)].map((m) => ({ start: m.index, end: m.index + 4, kind: 'first', studentIds: ['S1001'] }));
  },
};

it('does not take a student named after "to" for the destination', () => {
  const text = 'Grade 4 field trip on Friday, and a big welcome back to Emma!';
  const withoutRoster = runRule(rule, text);
  expect(withoutRoster.map((h) => text.slice(h.start, h.end))).toEqual(['on Friday, and a big welcome back to Emma']);
  const hits = runRule(rule, { text, roster: emma });
  expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['on Friday']);
});
