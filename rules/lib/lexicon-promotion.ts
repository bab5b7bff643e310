import { PARTIES } from './lexicon-confidential.ts';

/** Party names as people write them after "vote" ("Vote UCP", "vote for the Liberals"). */
const PARTY_VOTES = [
  ...PARTIES,
  'Liberal', 'Conservative', 'Green', 'Bloc', 'Republican', 'Democrat', 'Tory', 'NDP candidate*', 'UCP candidate*',
].flatMap((p) => [`vote ${p}`, `vote for ${p}`, `vote for the ${p}`]);

/**
 * Phrases (phraseMatcher syntax). The school's own events, sales and
 * fundraisers are what the procedures let accounts promote (607.4 §4.4), so
 * phrases that schools use for them ("order now", "on sale", "tickets",
 * "while supplies last", "thanks to our sponsors") are not listed.
 */
export const PROMOTION_LEXICON = {
  commerce: [
    'buy now', 'shop now', 'discount code*', 'promo code*', 'coupon code*', 'use my code',
    'affiliate link*', 'dm me for price*', 'dm me for pricing', 'dm for price*', 'dm for pricing',
    'message me for price*', 'pm me for price*', 'limited time offer', 'limited-time offer', 'free shipping',
    'sponsored by', 'sponsored post', '#sponsored', '#ad', 'paid partnership', 'best prices', 'lowest prices',
    'rates start at', 'prices start at',
  ],
  personal: [
    'my etsy*', 'etsy shop', 'my online shop', 'my store', 'my online store', 'my business', 'my small business',
    'my company', 'my services', 'my side hustle', 'check out my business', 'check out my shop',
    'check out my store', 'check out my page', 'check out my channel', 'check out my book', 'shop my', 'buy my',
    'order my', 'my website', 'book a session with me', 'hire me', 'my rates', 'follow me on', 'follow my page',
    'follow my account', 'subscribe to my', 'my youtube channel', 'my podcast', 'link in my bio',
  ],
  political: [
    ...PARTY_VOTES, 'support candidate*', 'support our candidate*', 'support the candidate*', 'paid for by',
    'authorized by the official agent', 'authorised by the official agent', 'donate to the campaign',
    'volunteer for the campaign', 'campaign office',
  ],
} as const;

export type PromotionCategory = keyof typeof PROMOTION_LEXICON;

/** "20% off", "50 % OFF". */
export const PERCENT_OFF = /(?<![\p{L}\p{N}])\d{1,3}\s?%\s?off(?![\p{L}\p{N}])/giu;

/** "Use code SPRING20": a discount code, which has at least one capital letter (not "use Code.org"). */
export const USE_CODE = /(?<![\p{L}\p{N}])[Uu]se\s+(?:my\s+)?code:?\s+["“']?(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,}(?![\p{L}\p{N}.])/gu;

/** "Vote for Jane Doe", "Elect Sam Lee", "Re-elect Smith": a person's name after the call to vote. */
export const VOTE_FOR_NAME = /(?<![\p{L}\p{N}])(?:[Vv]ote\s+for|(?:[Rr]e-?)?[Ee]lect)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu;

/** Capitalised words after "vote for" that are not a person ("Vote for Your Favourite", "Vote for The Best"). */
export const NOT_A_NAME = new Set([
  'your', 'our', 'the', 'a', 'an', 'best', 'favourite', 'favorite', 'us', 'this', 'that', 'which', 'who', 'one',
  'all', 'each', 'every', 'student', 'students', 'class', 'team', 'grade', 'kindness', 'people', 'peoples', 'most',
]);

/** A student election: votes for a name there are school business. */
const SCHOOL_ELECTIONS = [
  'student council', 'student union', "students' union", 'src', 'class president', 'student leadership',
  'student election', 'school election', 'house captain', 'prefect', 'mock election', 'student vote',
  'class rep(?:resentative)?',
];
export const SCHOOL_ELECTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SCHOOL_ELECTIONS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export const CATEGORY_MESSAGES: Record<PromotionCategory | 'custom', string> = {
  commerce:
    'reads as advertising a product or service. School accounts may promote school events and activities, not products, services or businesses.',
  personal:
    'promotes a personal business or account. School accounts are for school use only, not self-promotion.',
  political:
    'promotes a political party or candidate. School accounts must stay non-partisan: no electioneering.',
  custom: 'is on your district’s list of promotional wording to keep off school accounts.',
};
