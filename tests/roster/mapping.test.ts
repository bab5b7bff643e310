import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../rules/roster/index.ts';

describe('detectMapping', () => {
  it('maps the canonical template', () => {
    const headers = 'student_id,first_name,last_name,preferred_name,grade,homeroom,photo_consent,name_consent,do_not_publish,consent_expires'.split(',');
    expect(detectMapping(headers)).toEqual({
      id: 0,
      firstName: 1,
      lastName: 2,
      preferredName: 3,
      grade: 4,
      homeroom: 5,
      photoConsent: 6,
      nameConsent: 7,
      doNotPublish: 8,
      consentExpires: 9,
    });
  });

  it('ignores case, spaces, underscores, a BOM and a (Y/N) hint', () => {
    expect(detectMapping(['\uFEFFSTUDENT ID', 'First  Name', 'LAST_NAME', 'Photo Consent (Y/N)', 'StudentID'])).toEqual({
      id: 0,
      firstName: 1,
      lastName: 2,
      photoConsent: 3,
    });
  });

  it.each([
    ['Student Number', 'id'],
    ['Student #', 'id'],
    ['ASN', 'id'],
    ['Legal First Name', 'firstName'],
    ['Given Name', 'firstName'],
    ['Surname', 'lastName'],
    ['Family Name', 'lastName'],
    ['Legal Last Name', 'lastName'],
    ['Nickname', 'preferredName'],
    ['Usual Name', 'preferredName'],
    ['Preferred First Name', 'preferredName'],
    ['Grade Level', 'grade'],
    ['Home Room', 'homeroom'],
    ['Media Release', 'photoConsent'],
    ['Photo Release', 'photoConsent'],
    ['FOIP Consent', 'photoConsent'],
    ['Media Release Form Signed', 'photoConsent'],
    ['Name Release', 'nameConsent'],
    ['Name Consent', 'nameConsent'],
    ['Consent to Publish Name', 'nameConsent'],
    ['Non-Disclosure', 'doNotPublish'],
    ['FOIP Non-Disclosure', 'doNotPublish'],
    ['Do Not Publish', 'doNotPublish'],
    ['Consent Expires', 'consentExpires'],
    ['Expiry', 'consentExpires'],
    ['Media Release Expiry Date', 'consentExpires'],
  ])('%s → %s', (header, field) => {
    expect(detectMapping(['Something else', header])).toEqual({ [field]: 1 });
  });

  it('skips columns about parents and teachers', () => {
    expect(detectMapping(['Parent First Name', 'Teacher Last Name', 'Legal First Name'])).toEqual({ firstName: 2 });
  });

  it('gives each field the first column that fits and each column one field', () => {
    expect(detectMapping(['First Name', 'First Name', 'Photo Release', 'Media Release'])).toEqual({ firstName: 0, photoConsent: 2 });
  });

  it('maps nothing it does not recognise', () => {
    expect(detectMapping(['Bus Route', 'Locker', ''])).toEqual({});
  });
});
