import { expect, it } from 'vitest';
import rule from '../../rules/first-person-voice.ts';
import { runRule, runRuleCases } from '../helpers/rule-tester.ts';

runRuleCases(rule, {
  valid: [
    'We are so proud of our students!',
    'Emma said "I love reading!" at the library assembly.',
    'Our kindergartners shouted “I did it!” at the finish line.',
    'Liam told us, ‘I’m going to be an astronaut.’',
    'Grade 10 history: Henry VIII and Elizabeth I.',
    'Part I of our science series is online.',
    'Our Remembrance Day assembly honoured World War I veterans.',
    'Take the I-90 exit for the tournament.',
    'The Wi-Fi is back up in the library.',
    'Every class now has an iPad cart.',
    'The Grade 8 class toured a gold mine and learned about mine safety.',
    'Movie night: Despicable Me 4 in the gym!',
    'Our book club is reading My Side of the Mountain.',
    'Our robotics team competes in Portland, ME next week.',
    'Share your favourite moment with #MyRiversideDay!',
    'Options: (i) bring a lunch, (ii) order pizza.',
    'Bring a lunch, i.e. something easy to carry.',
    'Type I diabetes awareness month.',
    'Queen Elizabeth I was crowned in 1559.',
  ],
  invalid: [
    { text: 'I am so proud of our students!', spans: ['I'], count: 1, message: /“We”/ },
    { text: 'Today I learned something new.', spans: ['I'], fix: 'we' },
    { text: 'I love this class!', fix: 'We' },
    { text: 'My students did amazing work.', spans: ['My'], fix: 'Our' },
    { text: 'Thanks for joining me at the concert.', spans: ['me'], fix: 'us' },
    { text: "I'm so proud of everyone.", spans: ["I'm"], fix: "We're" },
    { text: 'I’ve never seen a better play.', spans: ['I’ve'], fix: 'We’ve' },
    { text: "Tomorrow I'll share the results.", fix: "we'll" },
    { text: 'I’d like to thank our volunteers.', fix: 'We’d' },
    { text: 'I did it myself.', count: 2, spans: ['I', 'myself'] },
    { text: 'The pleasure is mine.', spans: ['mine'], fix: 'ours' },
    { text: 'It’s mine!', spans: ['mine'] },
    { text: 'i think the fair went great', spans: ['i'], fix: 'We' },
    { text: 'THANK YOU FROM ME', spans: ['ME'], fix: 'US' },
    { text: 'I am thrilled.', spans: ['I'], fix: undefined },
    {
      name: 'first person outside a quotation, the quotation itself left alone',
      text: 'Emma said "I love reading!" and I agree.',
      count: 1,
      spans: ['I'],
    },
    { text: 'Proud of my class. In part I think it was the pizza.', spans: ['my', 'I'] },
  ],
});

it('offers no one-word fix where “We” would not agree with the verb', () => {
  expect(runRule(rule, 'I was there.')[0]?.fix).toBeUndefined();
  expect(runRule(rule, 'I am there.')[0]?.fix).toBeUndefined();
});
