import type { Rule, RuleId } from './types.ts';
import studentName from './student-name.ts';
import studentPhoto from './student-photo.ts';
import excursionDetails from './excursion-details.ts';
import personalInfo from './personal-info.ts';
import confidentialTopic from './confidential-topic.ts';
import offensiveLanguage from './offensive-language.ts';
import firstPersonVoice from './first-person-voice.ts';
import promotion from './promotion.ts';
import credentials from './credentials.ts';
import imageMetadata from './image-metadata.ts';
import imageCount from './image-count.ts';
import copyright from './copyright.ts';

/** Every rule, in the spec's order. A rule file that is not listed here never runs (tests/conventions.test.ts checks). */
export const RULES: readonly Rule[] = [
  studentName,
  studentPhoto,
  excursionDetails,
  personalInfo,
  confidentialTopic,
  offensiveLanguage,
  firstPersonVoice,
  promotion,
  credentials,
  imageMetadata,
  imageCount,
  copyright,
];

export const RULES_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));
