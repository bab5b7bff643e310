/**
 * Word lists for offensive-language, on top of obscenity's English dataset.
 * Patterns use obscenity's syntax ("|" = word boundary, "[s]" = optional), so
 * they get the same leetspeak, look-alike and repeated-letter handling.
 */

export type OffenceKind = 'obscene' | 'slur' | 'insult' | 'harassment' | 'mild';

/** Words of obscenity's English dataset that are slurs rather than obscenities, for a truer message. */
export const DATASET_SLURS = new Set([
  'abeed', 'abo', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike', 'negro', 'nigger',
  'retard', 'spastic', 'tranny',
]);

/**
 * Dataset words dropped: "sex" is everyday health-class language ("sex ed",
 * "same-sex"), and "scat" is jazz singing and animal tracks.
 */
export const DATASET_DROPPED = new Set(['sex', 'scat']);

export const EXTRA_PATTERNS: Record<Exclude<OffenceKind, 'obscene'>, readonly string[]> = {
  slur: [
    '|wetback[s]|', '|raghead[s]|', '|towelhead[s]|', '|towel head[s]|', '|redskin[s]|', '|squaw[s]|', '|eskimo[s]|',
    '|half-breed[s]|', '|halfbreed[s]|', '|mongoloid[s]|', '|spaz|', '|gook[s]|', '|coon[s]|', '|jap[s]|',
    '|paki[s]|', '|chinaman|', '|kaffir[s]|', '|shemale[s]|', '|tard[s]|', '|libtard[s]|', '|beaner[s]|',
    '|gypped|', '|indian giver[s]|',
  ],
  insult: [
    '|stupid|', '|stupidest|', '|idiot[s]|', '|idiotic|', '|moron[s]|', '|moronic|', '|imbecile[s]|', '|dimwit[s]|',
    '|halfwit[s]|', '|nitwit[s]|', '|numbskull[s]|', '|dumbass|', '|dumb|', '|dumbest|', '|loser[s]|', '|liar[s]|',
    '|crooks|', '|is a crook|', '|incompetent|', '|incompetence|', '|disgrace|', '|disgraceful|', '|pathetic|', '|worthless|',
    '|scum|', '|scumbag[s]|', '|lowlife|', '|hypocrite[s]|', '|what a jerk|', '|such a jerk|', '|is a fraud|',
    '|are frauds|', '|total fraud|', '|you suck|', '|this sucks|', '|that sucks|', '|it sucks|', '|shut up|',
  ],
  harassment: [
    '|kill yourself|', '|kill urself|', '|kys|', '|go die|', '|nobody likes you|', '|no one likes you|',
    "|you're worthless|", '|i will hurt you|',
  ],
  mild: [
    '|damn|', '|damned|', '|dammit|', '|damnit|', '|goddamn|', '|goddamnit|', '|crap|', '|crappy|', '|wtf|', '|stfu|',
    '|omfg|', '|ffs|', '|bloody hell|', '|what the hell|', '|the hell out|',
  ],
};

/**
 * Ordinary words and names that contain a listed root ("cum laude",
 * "cockpit", "Cummings", "Fukuda"). Compared lower-case, spaces collapsed.
 */
export const ALLOWED_TERMS = [
  'cum laude', 'cumin', 'cumming', 'cockpit', 'cock-a-doodle', 'retardant', 'tit for tat', 'tit-for-tat',
  'blue tit', 'great tit', 'coal tit', 'shiite', 'shiitake', 'mishit', 'dickinson', 'dickson', 'dickens', 'dickie',
  'dickey', 'moby dick', 'pussycat', 'pussy willow', 'penistone', 'georgy', 'porgy', 'chink in', 'chink of light',
  'finger prick', 'pinprick', 'pin prick', 'prick your finger', 'pissarro', 'fukuda', 'fukushima', 'wankhede',
  'booby', 'boobies', 'spic and span',
];

/** Roots that are also given names and surnames ("Dick Grayson", "Hooker Elementary", "Van Dyke"). */
export const NAME_LIKE = new Set(['dick', 'dyke', 'hooker']);

/** Words people hide behind "*" or "#" ("f**k", "sh*t", "b*tch"); compared letter for letter. */
export const MASKED_WORDS = [
  'fuck', 'fucking', 'fucked', 'fucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches', 'asshole', 'bastard',
  'cunt', 'dick', 'dickhead', 'piss', 'pissed', 'pussy', 'slut', 'whore', 'damn', 'crap', 'twat', 'wanker', 'cock',
  'nigger', 'faggot', 'retard',
];
