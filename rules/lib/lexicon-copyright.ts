/**
 * Signs that content belongs to someone else. Credit lines need a named owner
 * after the label, so "Photo day is Friday" or "photos by our Grade 6s" stay
 * quiet; the owner is checked separately (capitals, staff titles, allow-list).
 */

// Student art and music ("Artwork by Emma") are school work with consent rules of their own, so not listed.
const LABEL = String.raw`(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|footage|illustrations?|graphics?)`;
const OWNER = String.raw`(@[\w.]+|[^\s@][^\n|()]{0,60})`;

/**
 * "Photo credit: Jane Doe", "Photos courtesy of CBC", "Video by @jdoe". The
 * owner is group 1. A bare label ("Photo: …", "📸 …") is a credit only when a
 * name or handle is all that follows, not "Photo: Science fair winners".
 */
export const CREDIT_LINES: readonly { re: RegExp; bare: boolean }[] = [
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}\s*(?:credits?(?:\s+to)?|courtesy(?:\s+of)?|by|taken\s+by)\s*[:\-–—]?\s*${OWNER}`, 'giu'),
    bare: false,
  },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:credits?|photographer)\s*:\s*${OWNER}`, 'giu'), bare: false },
  { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}\s*:\s*${OWNER}`, 'giu'), bare: true },
  { re: new RegExp(String.raw`[📷📸🎥]\s*[:\-–—]?\s*${OWNER}`, 'gu'), bare: true },
];

/** Copyright notices: "©", "(c) 2024", "Copyright 2024 …", "All rights reserved". The owner, if any, is group 1. */
export const NOTICES: readonly RegExp[] = [
  /©\s*([^\n|.!?;,]{0,60})/gu,
  /(?<![\p{L}\p{N}])\(c\)\s*(\d{4}[^\n|.!?;,]{0,60})/giu,
  /(?<![\p{L}\p{N}])copyright\s*(?:©|\(c\)|(?=\d{4})|by\b)\s*([^\n|.!?;,]{0,60})/giu,
  /(?<![\p{L}\p{N}])all rights reserved(?![\p{L}\p{N}])/giu,
];

/** Sharing another account's post: "#repost", "regram @x", "reposted from", "via @x", "RT @x". */
export const REPOSTS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])#(?:repost|regram)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:repost(?:ed|ing)?|regram(?:med|ming)?)\s*(?:from|via|of|:|@)/giu,
  /(?<![\p{L}\p{N}])via\s+@[\w.]+/giu,
  /(?<![\p{L}\p{N}])RT\s+@[\w.]+/gu,
];

/** A named owner: an @handle or capitalised words ("Jane Doe Photography", "the Medicine Hat News"). */
export const NAMED_OWNER = /^(?:@[\w.]+|(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|&|of|de|du|van|von|la|le))*)/u;

/** Staff credited by title are the school's own photographers ("Photo by Mrs. Smith"). */
export const STAFF_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Madame|Monsieur|M)\.?(?:\s|$)/u;

/** "Photo: Jane Doe" only counts as a credit when the name ends the line, not "Photo: Science Fair winners". */
export const NAME_ENDS_LINE = /^\s*(?:$|[|)/\n.!]|\s-\s)/u;

/** File names of images downloaded from stock-photo sites ("shutterstock_1234.jpg", "GettyImages-987.jpg"). */
const STOCK_SITES = [
  'shutterstock', 'gettyimages', 'getty', 'istock(?:photo)?', 'adobestock', 'adobe-stock', 'depositphotos',
  'dreamstime', '123rf', 'alamy', 'bigstock(?:photo)?', 'canstock(?:photo)?', 'fotolia', 'freepik', 'vecteezy',
  'stock-photo',
];
export const STOCK_FILE = new RegExp(`^(?:${STOCK_SITES.join('|')})[_\\-\\s.]`, 'iu');

/** EXIF values that name no one. */
export const EMPTY_OWNER = /^(?:|none|unknown|n\/?a|copyright|\(c\)|©|-+|\?+)$/iu;
