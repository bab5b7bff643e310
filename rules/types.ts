/** The rule ids of the spec. Stable: the CLI, the overlay and the tests use them. */
export const RULE_IDS = [
  'student-name',
  'student-photo',
  'excursion-details',
  'personal-info',
  'confidential-topic',
  'offensive-language',
  'first-person-voice',
  'promotion',
  'credentials',
  'image-metadata',
  'image-count',
  'copyright',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Platform = 'x' | 'facebook' | 'other';

/** What the content script learns about an attached image: metadata only, never pixels. */
export interface ImageMeta {
  name: string;
  type?: string;
  size?: number;
  width?: number;
  height?: number;
  gps?: { lat: number; lon: number };
  make?: string;
  model?: string;
  takenAt?: string;
  copyright?: string;
  artist?: string;
  /** Alt text / description the user gave the image. */
  alt?: string;
  /** Student ids the user tagged on this image in the checklist. */
  taggedStudents?: string[];
}

/** A post as it is being composed. */
export interface Draft {
  platform: Platform;
  text: string;
  /** ISO-8601 with offset: "now" for the post and its time zone. */
  now: string;
  images: ImageMeta[];
}

export type NameConsent = 'none' | 'first' | 'full';

export interface Student {
  id: string;
  firstName: string;
  lastName: string;
  preferredName?: string;
  grade?: string;
  homeroom?: string;
  photoConsent: boolean;
  nameConsent: NameConsent;
  doNotPublish: boolean;
  /** ISO date (YYYY-MM-DD); after it the student counts as having no consent. */
  consentExpires?: string;
}

/** A place in a text where a roster name was found. */
export interface NameMatch {
  start: number;
  end: number;
  /** Which parts of a name the span holds. */
  kind: 'first' | 'last' | 'full';
  /** Every student this span could mean (several when a first name is shared). */
  studentIds: string[];
}

/** Built once per roster; finding names costs time in proportion to the text. */
export interface RosterIndex {
  readonly size: number;
  student(id: string): Student | undefined;
  findNames(text: string): NameMatch[];
}

/** The parts of the settings a rule reads (the pack's severity/clause are applied by the engine). */
export interface RuleOptions {
  allowList: { phones: string[]; emails: string[]; domains: string[] };
  approvedDevices: string[];
  imageLimit: number;
  /** Custom keywords for this rule, from settings. */
  keywords: string[];
}

export interface RuleContext {
  draft: Draft;
  roster: RosterIndex;
  options: RuleOptions;
  /** Roster names in the draft text, found once per check and shared by the rules that need them. */
  names: NameMatch[];
}

export interface Fix {
  /** The text that replaces [start, end). */
  replacement: string;
  label: string;
}

/** What a rule reports; the engine adds severity and clause from the pack in force. */
export interface Hit {
  message: string;
  start?: number;
  end?: number;
  /** Index of the image the hit is about, for image rules. */
  image?: number;
  studentIds?: string[];
  fix?: Fix;
}

export interface Finding extends Hit {
  rule: RuleId;
  severity: Severity;
  clause: string;
}

export interface RuleMeta {
  title: string;
  /** What the rule protects, in a sentence a user understands. */
  protects: string;
  defaultSeverity: Severity;
}

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  check(ctx: RuleContext): Hit[];
}
