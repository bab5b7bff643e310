/** Which column of a roster file holds which student field, guessed from the header names. */

export type StudentField =
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'grade'
  | 'homeroom'
  | 'photoConsent'
  | 'nameConsent'
  | 'doNotPublish'
  | 'consentExpires';

/** Field → column index (0-based). */
export type ColumnMapping = Partial<Record<StudentField, number>>;

export const STUDENT_FIELDS: readonly StudentField[] = [
  'id',
  'firstName',
  'lastName',
  'preferredName',
  'grade',
  'homeroom',
  'photoConsent',
  'nameConsent',
  'doNotPublish',
  'consentExpires',
];

/** The canonical template's header for each field (SPEC.md "Consent roster"). */
export const CANONICAL_HEADERS: Record<StudentField, string> = {
  id: 'student_id',
  firstName: 'first_name',
  lastName: 'last_name',
  preferredName: 'preferred_name',
  grade: 'grade',
  homeroom: 'homeroom',
  photoConsent: 'photo_consent',
  nameConsent: 'name_consent',
  doNotPublish: 'do_not_publish',
  consentExpires: 'consent_expires',
};

/** Exact header names, compared without case, spaces, punctuation or accents. */
const ALIASES: Record<StudentField, string> = {
  id: 'studentid studentnumber studentno studentnum studentnbr studentidnumber studentcode id idnumber stuid studid pupilid pupilnumber learnerid learnernumber asn albertastudentnumber localid sisid pen oen',
  firstName: 'firstname legalfirstname givenname givennames legalgivenname forename forenames first fname studentfirstname studentlegalfirstname prenom',
  lastName: 'lastname legallastname surname legalsurname familyname last lname studentlastname studentsurname studentlegallastname nom nomdefamille',
  preferredName: 'preferredname preferredfirstname nickname usualname usualfirstname knownas goesby commonname chosenname preferred studentpreferredname',
  grade: 'grade gradelevel gr grd currentgrade yearlevel year',
  homeroom: 'homeroom homeroomclass homeroomcode hr class classroom room section division',
  photoConsent: 'photoconsent photorelease photopermission photos photo mediarelease mediaconsent mediapermission imagerelease imageconsent picturerelease photographconsent foipconsent foiprelease foip publicityconsent mediareleaseform consent',
  nameConsent: 'nameconsent namerelease namepermission publishname nameconsentlevel namepublication',
  doNotPublish: 'donotpublish dontpublish nopublish nondisclosure nondisclosurerequest foipnondisclosure donotdisclose nodisclosure withhold withholdinfo restricted confidential',
  consentExpires: 'consentexpires consentexpiry consentexpirydate consentexpiration consentexpirationdate expiry expirydate expires expiration expirationdate validuntil consentvaliduntil consentenddate enddate releaseexpires mediareleaseexpires',
};

const ALIAS_FIELD = new Map<string, StudentField>();
for (const field of STUDENT_FIELDS) for (const a of ALIASES[field].split(' ')) ALIAS_FIELD.set(a, field);

/** Looser patterns for headers no alias names exactly, tried in this order ("Preferred First Name" before "First Name"). */
const PATTERNS: [StudentField, RegExp][] = [
  ['doNotPublish', /\bnon ?disclos|\bdo ?n[o']?t (publish|disclose|post)|\bno (publish|publication|disclosure)\b/],
  ['consentExpires', /\bexpir|\bvalid (until|to|through)\b|\bend date\b/],
  ['preferredName', /\b(preferred|nick|usual|known as|goes by|chosen)\b/],
  ['nameConsent', /\bnames?\b.*\b(consent|release|permission|publish\w*|ok)\b|\b(consent|release|permission)\b.*\bnames?\b/],
  ['photoConsent', /\b(photo\w*|media|images?|pictures?|video|foip|publicity)\b.*\b(consent|release|permission|ok|allowed|waiver|form)\b|\b(consent|release|permission)\b/],
  ['firstName', /\bfirst\b.*\bname\b|\bgiven\b/],
  ['lastName', /\b(last|family|sur) ?name\b/],
  ['id', /^(student|stu|pupil|learner)\b.*\b(id|number|no|num|nbr|code)\b/],
  ['grade', /^(grade|gr)\b/],
  ['homeroom', /\bhome ?room\b/],
];

/** Columns about someone other than the student ("Parent First Name", "Teacher"). */
const NOT_THE_STUDENT = /\b(parent|guardian|mother|father|mom|dad|contact|teacher|emergency|sibling|staff|doctor|physician)\b/;

/** "Student ID", "student_id", "STUDENTID", "Photo Consent (Y/N)" → spaced words without the parenthesis. */
function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Maps the canonical header names and the usual variants; each field takes the first column that fits. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const spaced = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const assign = (field: StudentField, col: number): void => {
    if (mapping[field] !== undefined || taken.has(col)) return;
    mapping[field] = col;
    taken.add(col);
  };
  spaced.forEach((h, col) => {
    const field = ALIAS_FIELD.get(h.replace(/ /g, ''));
    if (field) assign(field, col);
  });
  for (const [field, pattern] of PATTERNS) {
    spaced.forEach((h, col) => {
      if (h && !NOT_THE_STUDENT.test(h) && pattern.test(h)) assign(field, col);
    });
  }
  return mapping;
}
