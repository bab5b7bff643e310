import { expect, it } from 'vitest';
import confidentialTopic from '../../rules/confidential-topic.ts';
import rule from '../../rules/promotion.ts';
import { oneNameRoster, runRule, runRuleCases } from '../helpers/rule-tester.ts';

// A roster whose only student is Maya Chen.
const roster = oneNameRoster('Maya Chen');

runRuleCases(rule, {
  valid: [
    'Tickets for the spring concert are $5 at the office.',
    'Book fair this week in the library!',
    'Thanks to our sponsors for making the fun run possible.',
    'Vote for your favourite science fair project!',
    'Student council election: vote Thursday in the gym.',
    'Vote for Emma for student council president!',
    'Yearbooks are on sale at the office until Friday.',
    'Our Grade 9s learned to code during the Hour of Code: use Code.org at home too!',
    'Grade 11s built birdhouses in my shop class.',
    'Follow the link to register for parent-teacher interviews.',
    'Our bake sale raised $400 for the food bank.',
    'We are learning how elections work in Social Studies.',
    'Vote for The Best Hallway Mural by Friday!',
    'Please share our post with your friends.',
    { name: 'a vote for a student on the roster', text: 'Vote for Maya Chen on Friday!', roster },
  ],
  invalid: [
    { text: 'Buy now before they sell out!', spans: ['Buy now'], message: /advertising a product/ },
    { text: 'Spring sale: 20% off all leggings!', spans: ['20% off'] },
    { text: 'Use discount code SCHOOL10 at checkout.', spans: ['discount code'] },
    { text: 'Use code SPRING20 for free delivery.', spans: ['Use code SPRING20'] },
    { text: 'Get a promo code from the front desk.', spans: ['promo code'] },
    { text: 'DM me for prices on custom hoodies!', spans: ['DM me for prices'] },
    { text: 'Check out my Etsy shop for teacher gifts.', spans: ['my Etsy'], message: /self-promotion/ },
    { text: 'This post is sponsored by Acme Sports.', spans: ['sponsored by'] },
    { text: 'Great deals this week #ad', spans: ['#ad'] },
    { text: 'Follow me on Instagram for more!', spans: ['Follow me on'] },
    { text: 'Vote for Jane Doe on October 20!', spans: ['Vote for Jane Doe'], message: /non-partisan/ },
    { text: 'Vote UCP!', spans: ['Vote UCP'] },
    { text: 'Vote Conservative on Monday.', spans: ['Vote Conservative'] },
    { text: 'Please support candidate Sam Lee.', spans: ['support candidate'] },
    { text: 'Re-elect Smith for mayor', spans: ['Re-elect Smith'] },
    { text: 'Paid for by the official agent of the campaign.', spans: ['Paid for by'] },
    {
      name: 'a custom keyword from settings',
      text: 'Lunch today brought to you by Burger Barn.',
      options: { keywords: ['brought to you by'] },
      spans: ['brought to you by'],
      message: /your district’s list/,
    },
  ],
});

it('fires together with confidential-topic on partisan electioneering', () => {
  expect(runRule(rule, 'Vote UCP!')).toHaveLength(1);
  expect(runRule(confidentialTopic, 'Vote UCP!')).toHaveLength(1);
});
