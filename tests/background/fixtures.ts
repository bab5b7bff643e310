import type { Student } from '../../rules/types.ts';

export const EMMA: Student = {
  id: 'S1001',
  firstName: 'Emma',
  lastName: 'Thompson',
  grade: '4',
  homeroom: '4B',
  photoConsent: true,
  nameConsent: 'first',
  doNotPublish: false,
  consentExpires: '2027-06-30',
};

export const ZOE: Student = {
  id: 'S1002',
  firstName: 'Zoë',
  lastName: "O'Brien",
  preferredName: 'Zo',
  grade: '5',
  homeroom: '5A',
  photoConsent: false,
  nameConsent: 'none',
  doNotPublish: true,
};

export const LIAM: Student = {
  id: 'S1003',
  firstName: 'Liam',
  lastName: 'Nguyen',
  photoConsent: true,
  nameConsent: 'full',
  doNotPublish: false,
};

export const IMPORT_META = {
  fileName: 'roster.csv',
  rowCount: 4,
  rejectedCount: 1,
  mapping: { id: 'Student Number', firstName: 'Legal First Name', lastName: 'Surname' },
};

let counter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function uniqueDbName(): string {
  return `postguard-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}

