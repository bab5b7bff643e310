/**
 * Phrases (phraseMatcher syntax) that mark the topics the procedures keep off
 * school accounts. Bare words that schools use innocently every day ("fire",
 * "strike", "court", "lawyer", "election", "threat", "shooting", "suspended")
 * are only listed inside phrases that carry the confidential meaning; see
 * docs/rules/confidential-topic.md for the reasoning.
 */

/** Political parties and leaders; promotion uses them too for "Vote UCP". */
export const PARTIES = [
  'UCP', 'United Conservative*', 'NDP', 'New Democrat*', 'Liberal Party', 'Liberals', 'Conservative Party',
  'Conservatives', 'Tories', 'Green Party', 'Bloc Quebecois', "People's Party", 'PPC', 'Wildrose', 'Alberta Party',
  'Republican Party', 'Republicans', 'Democratic Party', 'Democrats', 'MAGA',
];

const POLITICIANS = [
  'Trudeau', 'Poilievre', 'Mark Carney', 'Jagmeet Singh', 'Danielle Smith', 'Premier Smith', 'Notley', 'Nenshi',
  'Trump', 'Biden', 'Kamala Harris',
];

export const CONFIDENTIAL_LEXICON = {
  legal: [
    'lawsuit*', 'sued', 'suing', 'litigat*', 'legal action', 'legal proceeding*', 'legal dispute*', 'legal matter*',
    'legal counsel', 'legal advice', 'lawyer for', 'lawyers for', 'our lawyer*', 'their lawyer*', 'hired a lawyer',
    'retained a lawyer', 'charges laid', 'charges were laid', 'charges have been laid', 'charges against',
    'facing charges', 'faces charges', 'criminally charged', 'charged with assault', 'charged with theft',
    'charged with mischief', 'charged with sexual*', 'charged with possession', 'charged with uttering*',
    'criminal charge*', 'pressed charges', 'press charges', 'court case*', 'court order*', 'court date*',
    'court hearing*', 'court ruling*', 'in court', 'before the courts', 'injunction*', 'class action',
    'human rights complaint*', 'human rights tribunal', 'defamation', 'libel', 'slander', 'plaintiff*', 'defendant*',
    'prosecut*', 'subpoena*', 'restraining order*', 'peace bond', 'young offender*', 'RCMP investigation',
    'police investigation', 'criminal investigation', 'under investigation', 'investigation into', 'police report',
    'pending an investigation', 'pending investigation', 'pending the investigation', 'police are investigating',
    'RCMP are investigating', 'RCMP is investigating', 'investigating an incident',
    'arrested', 'under arrest', 'arrest warrant', 'out-of-court settlement', 'settlement agreement',
    'privacy breach', 'data breach',
  ],
  labour: [
    'strike action', 'strike vote', 'strike notice', 'strike deadline', 'on strike', 'teachers strike',
    "teachers' strike", 'staff strike', 'support staff strike', 'walkout*', 'walk-out*', 'lockout*', 'locked out by',
    'collective agreement*', 'collective bargaining', 'bargaining', 'union dispute*', 'labour dispute*',
    'labor dispute*', 'job action', 'work-to-rule', 'work to rule', 'picket line*', 'picketing', 'layoff*',
    'laid off', 'contract negotiation*', 'contract talks', 'contract dispute*', 'arbitration', 'arbitrator',
    'grievance*', 'job cuts', 'staff cuts', 'staffing cuts', 'wage freeze',
  ],
  crisis: [
    'lockdown', 'lockdowns', 'locked down', 'hold and secure', 'hold-and-secure', 'shelter in place',
    'shelter-in-place', 'evacuation', 'evacuated', 'evacuation order*', 'bomb threat*', 'threat against',
    'threats against', 'threat made against', 'threats made against', 'threat was made', 'threat to the school',
    'threat to our school', 'threatening message*', 'credible threat',
    'school shooting*', 'mass shooting*', 'active shooter', 'shooting at the', 'shooting near', 'shots fired',
    'gunman', 'gunfire', 'stabbing*', 'stabbed', 'assault*', 'with a weapon', 'weapon on', 'weapon at',
    'weapons on', 'weapons at', 'death of a student', 'death of a staff member', 'death of a teacher',
    'death of one of our', 'loss of one of our', 'loss of a student', 'loss of a staff member', 'mourn the loss',
    'mourning the loss', 'mourns the loss', 'sudden passing', 'passing of our', 'passing of one of', 'passed away', 'has died',
    'have died', 'died suddenly', 'was killed', 'fatal crash*', 'fatal accident*', 'fatality', 'fatalities',
    'tragic loss',
    'tragic accident', 'tragic news', 'sad news', 'heavy heart*', 'deep sadness', 'saddened to share',
    'saddened to announce', 'condolence*', 'grief counsel*', 'grief support', 'crisis team', 'crisis response',
    'critical incident', 'suicid*', 'self-harm', 'self harm', 'overdos*', 'fire at the school', 'fire at our school',
    'school fire', 'house fire', 'a fire at', 'fire broke out', 'caught fire', 'fire damage', 'arson', 'explosion at',
    'gas leak', 'bus crash', 'bus accident', 'car accident', 'serious accident', 'serious injur*',
    'seriously injured', 'critically injured', 'injured in', 'hospitalized', 'hospitalised', 'airlifted',
    'missing student', 'missing child', 'amber alert', 'child abuse', 'sexual abuse', 'abuse allegation*',
    'police were called', 'police on site', 'police are on site', 'police on scene', 'RCMP on site', 'police presence',
    'police responded', 'incident at the school', 'incident at our school', 'incident involving', 'state of emergency',
    'emergency situation', 'medical emergency', 'outbreak at', 'outbreak in our', 'outbreak declared', 'COVID outbreak',
    'measles outbreak', 'norovirus outbreak', 'flu outbreak', 'tornado warning',
  ],
  personnel: [
    'suspended teacher*', 'teacher suspended', 'teachers suspended', 'teacher was suspended',
    'teacher has been suspended', 'staff member suspended', 'principal suspended', 'suspended with pay',
    'suspended without pay', 'suspended from teaching', 'was fired', 'were fired', 'been fired', 'got fired',
    'was terminated', 'were terminated', 'been terminated', 'termination of employment', 'terminated from',
    'dismissed from', 'dismissal of', 'disciplinary action', 'disciplinary hearing*', 'disciplinary measure*',
    'disciplinary process', 'was disciplined', 'been disciplined', 'misconduct', 'placed on leave',
    'administrative leave', 'medical leave', 'stress leave', 'sick leave', 'leave of absence', 'resignation',
    'forced to resign', 'complaint against', 'complaints against', 'allegation*', 'accused of',
    'performance review*', 'personnel matter*', 'personnel issue*', 'harassment complaint*',
  ],
  policy: [
    'petition against', 'petition to stop', 'petition to save', 'sign the petition', 'oppose the board*',
    'opposing the board*', 'opposed to the board*', 'disagree with the board*', "against the board's decision",
    'against the board’s decision', 'protest the board*', 'protest against', 'rally against', 'boycott*',
    'proposed school closure*', 'close our school', 'closing our school', 'budget cuts', 'funding cuts',
    'cuts to education', 'education cuts', 'write to your MLA', 'write your MLA', 'contact your MLA',
  ],
  political: [
    ...PARTIES, ...POLITICIANS, 'federal election', 'provincial election', 'general election', 'by-election',
    'byelection', 'election campaign', 'campaign sign*', 'election sign*', 'political party', 'political parties',
    'partisan', 'political rally', 'MLA candidate*', 'candidate for MLA', 'MP candidate*', 'candidate for MP',
    'abortion*', 'pro-life', 'pro-choice', 'gun control', 'gun rights', 'gun law*', 'firearms ban', 'carbon tax',
    'oil pipeline*', 'pipeline protest*', 'pipeline expansion', 'Trans Mountain', 'Keystone XL', 'vaccine mandate*',
    'mask mandate*', 'anti-vax*', 'antivax*', 'vaccine passport*', 'freedom convoy', 'death penalty',
    'capital punishment', 'euthanasia', 'assisted dying', 'assisted suicide', 'parental rights', 'pronoun policy',
    'gender ideology', 'critical race theory', 'drug decriminali*', 'safe injection site*',
    'safe consumption site*', 'supervised consumption site*', 'defund the police', 'separatis*', 'sovereignty act',
    'independence referendum', 'separation referendum', 'Hamas', 'Israel-Palestine', 'Israeli-Palestinian',
    'Gaza war', 'war in Gaza', 'book ban*', 'immigration policy', 'illegal immigra*', 'border wall',
  ],
} as const;

export type ConfidentialCategory = keyof typeof CONFIDENTIAL_LEXICON;

/** What a category is called in a message: one of it, and the kind the procedure keeps off school accounts. */
export const CATEGORY_NAMES: Record<ConfidentialCategory | 'custom', { one: string; kind: string }> = {
  legal: { one: 'a legal matter', kind: 'legal matters' },
  labour: { one: 'a labour or contract matter', kind: 'labour and contract matters' },
  crisis: { one: 'a crisis or emergency', kind: 'crisis situations' },
  personnel: { one: 'a personnel issue', kind: 'personnel issues' },
  policy: { one: 'a dispute over district policy', kind: 'comments on district policy' },
  political: { one: 'a politically controversial subject', kind: 'controversial subjects' },
  custom: { one: 'a topic your district lists as confidential', kind: 'these topics' },
};

/**
 * A crisis word in a sentence about a drill or practice is routine safety
 * news ("We practised our lockdown drill"), unless the sentence says it was
 * "not a drill"; so is a crisis word naming a plan ("lockdown procedures").
 */
export const ROUTINE = /(?<![\p{L}\p{N}])(?:drills?|practi[cs](?:e|es|ed|ing)|rehears(?:e|es|ed|al|als|ing))(?![\p{L}\p{N}])/iu;
export const NOT_ROUTINE = /(?<![\p{L}\p{N}])not (?:a|an|just a) (?:drill|practice|test)(?![\p{L}\p{N}])/iu;
export const PLAN_AFTER = /^[\s-]+(?:procedures?|plans?|protocols?|training)(?![\p{L}\p{N}])/iu;
