import { describe, expect, it } from 'vitest';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import type { NameConsent, Student } from '../../rules/types.ts';

const st = (id: string, firstName: string, lastName: string, extra: Partial<Student> = {}): Student => ({
  id,
  firstName,
  lastName,
  photoConsent: true,
  nameConsent: 'full' as NameConsent,
  doNotPublish: false,
  ...extra,
});

const index = buildRosterIndex([
  st('E1', 'Emma', 'Thompson'),
  st('E2', 'Emma', 'Roy'),
  st('L1', 'Liam', 'Nguyen'),
  st('K1', 'Katherine', 'Lee', { preferredName: 'Kate' }),
  st('Z1', 'Zoë', 'Van der Berg'),
  st('O1', 'Owen', "O'Brien"),
  st('D1', 'Dario', 'D’Angelo'),
  st('G1', 'Grace', 'Smith-Jones'),
  st('H1', 'Hope', 'Hall'),
  st('W1', 'Will', 'Young'),
  st('M1', 'Mark', 'Day'),
  st('Y1', 'May', 'King'),
  st('T1', 'Thomas', 'Grant'),
  st('T2', 'Ava', 'Thomas'),
  st('A1', 'Mary Ann', 'Lopez'),
  st('J1', 'José', 'Ramírez'),
]);

/** [text as written, kind, ids] for each match. */
const find = (text: string) => index.findNames(text).map((m) => [text.slice(m.start, m.end), m.kind, m.studentIds.join(' ')]);

describe('buildRosterIndex', () => {
  it('knows its students', () => {
    expect(index.size).toBe(16);
    expect(index.student('K1')?.preferredName).toBe('Kate');
    expect(index.student('nobody')).toBeUndefined();
  });
});

describe('findNames', () => {
  it('finds a full name as one match naming that student', () => {
    expect(find('Congratulations to Emma Thompson!')).toEqual([['Emma Thompson', 'full', 'E1']]);
  });

  it('finds a shared first name with every student who has it', () => {
    expect(find('Way to go, Emma!')).toEqual([['Emma', 'first', 'E1 E2']]);
  });

  it('finds a last name alone', () => {
    expect(find('Thanks to the Nguyen family.')).toEqual([['Nguyen', 'last', 'L1']]);
  });

  it('ignores case and accents', () => {
    expect(find('EMMA THOMPSON and jose ramirez and Zoe')).toEqual([
      ['EMMA THOMPSON', 'full', 'E1'],
      ['jose ramirez', 'full', 'J1'],
      ['Zoe', 'first', 'Z1'],
    ]);
  });

  it('keeps offsets right after accents written as combining marks', () => {
    const text = 'Zoe\u0308 and Jose\u0301 Rami\u0301rez';
    expect(find(text)).toEqual([
      ['Zoe\u0308', 'first', 'Z1'],
      ['Jose\u0301 Rami\u0301rez', 'full', 'J1'],
    ]);
  });

  it('includes possessives in the span: ’s, \'s and a bare apostrophe', () => {
    expect(find("Emma's art, Emma Thompson’s poem, Thomas' goal")).toEqual([
      ["Emma's", 'first', 'E1 E2'],
      ['Emma Thompson’s', 'full', 'E1'],
      ["Thomas'", 'first', 'T1'],
      ["Thomas'", 'last', 'T2'],
    ]);
  });

  it('matches preferred names, alone and with the last name', () => {
    expect(find('Kate sang; Kate Lee and Katherine Lee are one student.')).toEqual([
      ['Kate', 'first', 'K1'],
      ['Kate Lee', 'full', 'K1'],
      ['Katherine Lee', 'full', 'K1'],
    ]);
  });

  it('matches hyphenated surnames, also written with a space', () => {
    expect(find('Grace Smith-Jones, the Smith Jones family, the Smith–Jones team')).toEqual([
      ['Grace Smith-Jones', 'full', 'G1'],
      ['Smith Jones', 'last', 'G1'],
    ]);
  });

  it('matches apostrophe surnames whatever the apostrophe', () => {
    expect(find("Owen O’Brien, Dario D'Angelo, the OBrien twins")).toEqual([
      ['Owen O’Brien', 'full', 'O1'],
      ["Dario D'Angelo", 'full', 'D1'],
      ['OBrien', 'last', 'O1'],
    ]);
  });

  it('matches multi-word surnames whole, not their particles', () => {
    expect(find('Zoë Van der Berg won. The van der Berg family. Van Gogh and der Berg.')).toEqual([
      ['Zoë Van der Berg', 'full', 'Z1'],
      ['van der Berg', 'last', 'Z1'],
    ]);
  });

  it('matches a two-word first name whole or by its first word', () => {
    expect(find('Mary Ann Lopez and Mary Lopez and Mary')).toEqual([
      ['Mary Ann Lopez', 'full', 'A1'],
      ['Mary Lopez', 'full', 'A1'],
      ['Mary', 'first', 'A1'],
    ]);
  });

  it('reports a word that is both a first and a last name once for each', () => {
    expect(find('Go Thomas!')).toEqual([
      ['Thomas', 'first', 'T1'],
      ['Thomas', 'last', 'T2'],
    ]);
  });

  it('does not take a full name of someone not on the roster for a student', () => {
    expect(find('We watched a film with Emma Watson.')).toEqual([]);
    // Emma Nguyen is no student; the Nguyen family may still be ours.
    expect(find('Emma Nguyen visited.')).toEqual([['Nguyen', 'last', 'L1']]);
  });

  it('skips adults and places named with a title', () => {
    expect(find('Mrs. Thompson, Mr Nguyen, Coach Roy and Dr. Emma Roy; St. Thomas School')).toEqual([]);
  });

  it('still finds a name after greetings and cheers written with capitals', () => {
    expect(find('Happy Birthday Liam! Go Team Liam! Congratulations Liam Nguyen!')).toEqual([
      ['Liam', 'first', 'L1'],
      ['Liam', 'first', 'L1'],
      ['Liam Nguyen', 'full', 'L1'],
    ]);
  });

  it('does not fire on names inside other proper nouns', () => {
    expect(find('We played Grace Lutheran School. Our choir sang Amazing Grace. Lake Louise trip.')).toEqual([]);
  });

  describe('names that are ordinary words', () => {
    it.each([
      'We hope to see you.',
      'Hope to see you there!',
      'Grace period ends Friday.',
      'Will you join us?',
      'Mark your calendars.',
      'In May we will plant trees. See you May 15.',
      'From April to June the gym is closed.',
      'Young readers, long days, a king of the castle.',
      'WE HOPE YOU CAN COME',
      'Happy Mother’s Day from the King Edward staff.',
      'hope_day.jpg',
    ])('stays quiet on “%s”', (text) => {
      expect(find(text)).toEqual([]);
    });

    it.each([
      ['Congratulations to Grace on her win.', ['Grace', 'first', 'G1']],
      ["Hope's painting is in the hall.", ["Hope's", 'first', 'H1']],
      ['Thanks to Will for leading.', ['Will', 'first', 'W1']],
      ['Well done, Mark!', ['Mark', 'first', 'M1']],
      ['Congratulations to May on her award.', ['May', 'first', 'Y1']],
      ['Thanks to the Young family.', ['Young', 'last', 'W1']],
      ['will young', undefined],
      ['Will Young scored.', ['Will Young', 'full', 'W1']],
    ])('“%s”', (text, match) => {
      expect(find(text)).toEqual(match ? [match] : []);
    });
  });
});

describe('a 10,000-student roster', () => {
  const first = ['Emma', 'Liam', 'Olivia', 'Noah', 'Zoë', 'José', 'Hope', 'Grace', 'Will'];
  const last = ['Thompson', 'Nguyen', "O'Brien", 'Smith-Jones', 'Côté', 'Young'];
  const students = Array.from({ length: 10_000 }, (_, i) =>
    st(`S${i}`, first[i % first.length] as string, i % 7 === 0 ? `Name${i}` : (last[i % last.length] as string)),
  );
  const big = buildRosterIndex(students);

  it('indexes every student', () => {
    expect(big.size).toBe(10_000);
    expect(big.student('S9999')?.id).toBe('S9999');
  });

  it('finds a unique surname and a shared first name among thousands', () => {
    const named = students[700] as Student;
    const text = `Congrats to ${named.firstName} ${named.lastName} and to Hope!`;
    const found = big.findNames(text);
    expect(found.map((m) => [text.slice(m.start, m.end), m.kind])).toEqual([
      [`${named.firstName} Name700`, 'full'],
      ['Hope', 'first'],
    ]);
    expect(found[0]?.studentIds).toEqual(['S700']);
    expect(found[1]?.studentIds.length).toBe(students.filter((s) => s.firstName === 'Hope').length);
  });

  it('gives the same answers as a small roster for text without its extra names', () => {
    const small = buildRosterIndex(students.slice(0, 100));
    const text = 'We hope Emma Thompson and José had fun. '.repeat(100);
    const strip = (ms: ReturnType<typeof small.findNames>) => ms.map((m) => [m.start, m.end, m.kind]);
    expect(strip(big.findNames(text))).toEqual(strip(small.findNames(text)));
  });
});
