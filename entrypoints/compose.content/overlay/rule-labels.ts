import type { RuleId, Severity } from '../../../rules/types.ts';

/**
 * Short names for the overlay. The rules' own titles live with the rule
 * engine, which stays in the worker to keep the content script small; the
 * Record type makes a new rule id fail to compile until it is named here.
 */
export const RULE_LABELS: Record<RuleId, string> = {
  'student-name': 'Student name',
  'student-photo': 'Student photo consent',
  'excursion-details': 'Field trip details',
  'personal-info': 'Personal information',
  'confidential-topic': 'Confidential topic',
  'offensive-language': 'Offensive language',
  'first-person-voice': 'First-person voice',
  promotion: 'Promotion',
  credentials: 'Password or access code',
  'image-metadata': 'Image location or device',
  'image-count': 'Too many images',
  copyright: 'Copyright',
};

export const SEVERITY_LABELS: Record<Severity, string> = { block: 'Holds the post', warn: 'Warning', info: 'Note' };
