import { expect, it } from 'vitest';
import rule from '../../rules/offensive-language.ts';
import { oneNameRoster, runRule, runRuleCases } from '../helpers/rule-tester.ts';

// A roster whose only student has a surname containing a listed root.
const roster = oneNameRoster('Wankel', 'last');

runRuleCases(rule, {
  valid: [
    'Good luck to our team in Scunthorpe this weekend!',
    'Please hand in the class assignment by Friday.',
    'Our book club is reading Moby Dick, and Dick Grayson is a favourite hero.',
    'We assessed the bass section before the concert.',
    'Hello families!',
    'Our exchange students are visiting Sussex and Essex.',
    'Data analysis in Grade 9 math.',
    'A grasshopper visited our garden.',
    'We cooked shiitake mushrooms and cumin rice in foods class.',
    'Congratulations to our magna cum laude graduates.',
    'Our aviation club toured the cockpit of a real plane.',
    'The firefighters showed us fire retardant gear.',
    'Ms. Cummings and Mr. Fukuda led the science fair.',
    'Welcome to Hooker Elementary!',
    'Grade 5 health: puberty and sex ed information night.',
    'We learned about scat singing in music class.',
    'Cough into the crook of your elbow.',
    'Thanks to everyone who made this week a success.',
    'Art class studied Pissarro and Emily Dickinson.',
    'Go team!',
    { name: 'a roster surname at the start of a sentence', text: 'Wankel scored twice in the final!', roster },
  ],
  invalid: [
    { text: 'What the fuck happened here', spans: ['fuck'], count: 1, message: /obscene/ },
    { text: 'This is sh1t', spans: ['sh1t'] },
    { text: 'Total f*ck up today', spans: ['f*ck'] },
    { text: 'Stop being an a$$ about it', spans: ['a$$'] },
    { text: 'What the s h i t is this', spans: ['s h i t'] },
    { text: 'F.U.C.K this', spans: ['F.U.C.K'] },
    { text: 'That was shiiiiiit', spans: ['shiiiiiit'] },
    { text: 'What a s**t show', spans: ['s**t'] },
    { text: 'Such a b*tch move', spans: ['b*tch'] },
    { text: 'Total bullshit from the referee.', spans: ['bullshit'] },
    { text: 'FUCKING great game!', spans: ['FUCKING'] },
    { text: 'The ref was an idiot and a liar.', spans: ['idiot', 'liar'], message: /disrespectful/ },
    { text: 'The other team are losers.', spans: ['losers'] },
    { text: 'The trustees are incompetent, a disgrace.', spans: ['incompetent', 'disgrace'] },
    { text: 'Stup1d decision by the board.', spans: ['Stup1d'] },
    { text: 'Some kids called him a retard.', spans: ['retard'], message: /slur/ },
    { text: 'Just kill yourself.', spans: ['kill yourself'], message: /harassing/ },
    { text: 'Damn, what a week!', spans: ['Damn'], message: /profanity/ },
    { text: 'Dick move by the other coach.', spans: ['Dick'] },
    {
      name: 'a custom keyword from settings',
      text: 'The new principal is a tyrant.',
      options: { keywords: ['tyrant'] },
      spans: ['tyrant'],
      message: /your district’s list/,
    },
  ],
});

it('offers no automatic fix: the wording needs a person', () => {
  expect(runRule(rule, 'You idiots.')[0]?.fix).toBeUndefined();
});
