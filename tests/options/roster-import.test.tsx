// @vitest-environment jsdom
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMMA, IMPORT_META, ZOE } from '../background/fixtures.ts';
import { chooseRoster, csv, fileOf, renderOptions, rosterCount, screen, within, wizard, type RenderOptions } from './helpers.tsx';
import { makeXlsx } from './make-xlsx.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const GOOD = csv(
  'S2001,Ava,Martin,,3,3A,yes,full,no,2027-06-30',
  'S2002,Noah,Singh,Noé,3,3A,no,first,no,2026-05-30',
  'S2003,Mia,Chen,,4,4B,yes,none,yes,',
);

const seeded: RenderOptions = { seed: (r) => r.replaceRoster([EMMA, ZOE], IMPORT_META) };

function confirmButton(): HTMLButtonElement {
  return screen.getByTestId('roster-confirm');
}

function count(label: string): string {
  const term = within(screen.getByTestId('roster-summary')).getByText(label);
  return term.nextElementSibling?.textContent ?? '';
}

function mappingSelect(label: string): HTMLSelectElement {
  return within(wizard()).getByRole('combobox', { name: label });
}

function selectedHeader(label: string): string {
  const select = mappingSelect(label);
  return select.selectedOptions[0]?.textContent ?? '';
}

describe('roster import wizard', () => {
  it('shows what was understood and stores nothing until confirmed', async () => {
    const { user, repository, notify } = await renderOptions();
    await chooseRoster(user, fileOf(GOOD, 'roster.csv', 'text/csv'));

    expect(selectedHeader('Student ID')).toBe('student_id');
    expect(selectedHeader('First name')).toBe('first_name');
    expect(selectedHeader('Do not publish')).toBe('do_not_publish');
    expect(count('Students')).toBe('3');
    expect(count('Photo consent')).toBe('2');
    expect(count('No photo consent')).toBe('1');
    expect(count('Name: not to be used')).toBe('1');
    expect(count('Name: first name only')).toBe('1');
    expect(count('Name: full name')).toBe('1');
    expect(count('Do not publish')).toBe('1');
    expect(count('Consent ends within 30 days')).toBe('1');
    const preview = within(wizard()).getByRole('table', { name: 'The students, as they will be stored' });
    expect(within(preview).getByText('Expires soon')).toBeTruthy();
    expect(within(preview).getByText(/goes by Noé/)).toBeTruthy();
    expect(within(wizard()).getByText('Every row was read.')).toBeTruthy();

    expect(rosterCount()).toBe('0');
    expect(await repository.loadStudents()).toEqual([]);

    expect(confirmButton().textContent).toBe('Store 3 students');
    await user.click(confirmButton());
    await vi.waitFor(() => expect(rosterCount()).toBe('3'));
    expect(screen.getByText('Stored 3 students from “roster.csv”.')).toBeTruthy();
    expect((await repository.loadStudents()).map((s) => s.firstName).sort()).toEqual(['Ava', 'Mia', 'Noah']);
    expect(await repository.latestImport()).toMatchObject({ fileName: 'roster.csv', rowCount: 3, rejectedCount: 0 });
    expect(notify).toHaveBeenCalledWith('roster/changed');
    expect(screen.queryByTestId('roster-confirm')).toBeNull();
  });

  it('ends on the last step, done, and takes another file from there', async () => {
    const { user, repository } = await renderOptions();
    const steps = () =>
      within(wizard())
        .getAllByRole('listitem')
        .map((li) => `${li.textContent}${li.getAttribute('aria-current') ? ' ←' : ''}`);
    expect(steps()).toEqual(['Choose the file ←', 'Check the columns and rows', 'Store the roster']);

    await chooseRoster(user, fileOf(GOOD, 'roster.csv'));
    expect(steps()).toEqual(['Choose the file (done)', 'Check the columns and rows ←', 'Store the roster']);
    const reread = vi.spyOn(repository, 'loadStudents');
    await user.click(confirmButton());
    await within(wizard()).findByText('Stored 3 students from “roster.csv”.');
    expect(steps()).toEqual(['Choose the file (done)', 'Check the columns and rows (done)', 'Store the roster (done) ←']);
    // The page shows what the wizard stored rather than reading the whole roster back.
    expect(rosterCount()).toBe('3');
    expect(reread).not.toHaveBeenCalled();
    expect(within(wizard()).getByLabelText('Import another file (.csv or .xlsx)')).toBe(screen.getByTestId('roster-file'));

    await chooseRoster(user, fileOf(csv('S2004,Leo,Park,,5,5A,yes,full,no,'), 'update.csv'));
    expect(within(wizard()).getByRole('heading', { name: 'Check what was read from “update.csv”' })).toBeTruthy();
    expect(steps()).toEqual(['Choose the file (done)', 'Check the columns and rows ←', 'Store the roster']);
    expect(confirmButton().textContent).toBe('Replace the roster with 1 student');
  });

  it('lets the user pick the name column when none was recognised, and reads the rows again', async () => {
    const { user } = await renderOptions();
    const file = ['Student Number,Kid,Surname,Photo Release', '1001,Zara,Ali,Y', '1002,Omar,Haddad,N'].join('\n');
    await chooseRoster(user, fileOf(file, 'export.csv'));

    expect(within(wizard()).getByRole('alert').textContent).toMatch(/No first name column was found/);
    expect(confirmButton().disabled).toBe(true);

    await user.selectOptions(mappingSelect('First name'), 'Kid');
    await vi.waitFor(() => expect(count('Students')).toBe('2'));
    expect(within(wizard()).queryByRole('alert')).toBeNull();
    expect(within(wizard()).getByText('Zara Ali')).toBeTruthy();
    expect(confirmButton().disabled).toBe(false);

    // Unmapping the consent column changes what is stored: blank is no consent.
    expect(count('Photo consent')).toBe('1');
    await user.selectOptions(mappingSelect('Photo consent'), '— not in this file —');
    await vi.waitFor(() => expect(count('Photo consent')).toBe('0'));
  });

  it('lists every rejected row with its line and reason, and stores only the good rows', async () => {
    const { user, repository } = await renderOptions();
    const file = csv(
      'S3001,Ava,Martin,,3,3A,yes,full,no,',
      'S3002,Ben,Lee,,3,3A,yes,sometimes,no,',
      'S3001,Ava,Martinez,,3,3A,yes,full,no,',
      'S3004,Cal,Roy,,4,4B,no,first,no,',
      'S3005,Li',
    );
    await chooseRoster(user, fileOf(file, 'roster.csv'));

    const errors = within(screen.getByTestId('roster-errors')).getAllByRole('listitem').map((li) => li.textContent);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^Line 3: .*sometimes/);
    expect(errors[1]).toMatch(/^Line 4: student ID S3001 is already used on line 2/);
    expect(errors[2]).toMatch(/^Line 6: .*cut off/);
    expect(within(wizard()).getByRole('heading', { name: '3 rows will be skipped' })).toBeTruthy();

    expect(confirmButton().textContent).toBe('Store 2 students');
    await user.click(confirmButton());
    await vi.waitFor(() => expect(rosterCount()).toBe('2'));
    expect(screen.getByText('Stored 2 students from “roster.csv”. 3 rows were skipped.')).toBeTruthy();
    expect((await repository.loadStudents()).map((s) => s.id).sort()).toEqual(['S3001', 'S3004']);
    expect(await repository.latestImport()).toMatchObject({ rowCount: 5, rejectedCount: 3 });
  });

  it('takes a file dropped on the drop zone', async () => {
    await renderOptions();
    const zone = screen.getByTestId('roster-file').closest('.drop-zone')!;
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf(GOOD, 'dropped.csv')] } });
    expect(await within(wizard()).findByText('Check what was read from “dropped.csv”')).toBeTruthy();
    expect(count('Students')).toBe('3');
  });

  it('keeps Windows-1252 accented names intact', async () => {
    const { user, repository } = await renderOptions();
    const text = csv('S4001,Zoë,Brontë,,2,2A,yes,first,no,', 'S4002,José,Muñoz,,2,2A,yes,full,no,');
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    await chooseRoster(user, fileOf(latin1, 'excel-export.csv'));

    expect(within(wizard()).getByText(/Windows-1252/)).toBeTruthy();
    expect(within(wizard()).getByText('Zoë Brontë')).toBeTruthy();
    await user.click(confirmButton());
    await vi.waitFor(() => expect(rosterCount()).toBe('2'));
    expect((await repository.loadStudents()).map((s) => `${s.firstName} ${s.lastName}`).sort()).toEqual([
      'José Muñoz',
      'Zoë Brontë',
    ]);
  });

  it('reads a UTF-8 file with a byte-order mark', async () => {
    const { user } = await renderOptions();
    await chooseRoster(user, fileOf(`\uFEFF${csv('S5001,Zoë,Ng,,1,1A,yes,first,no,')}`, 'roster.csv'));
    expect(selectedHeader('Student ID')).toBe('student_id');
    expect(within(wizard()).getByText('Zoë Ng')).toBeTruthy();
  });

  it('reads an Excel workbook', async () => {
    const { user } = await renderOptions();
    const xlsx = makeXlsx([
      ['Student Number', 'Legal First Name', 'Surname', 'Media Release', 'Non-Disclosure'],
      ['7001', 'Élodie', 'Roy', 'Yes', 'No'],
      ['7002', 'Sam', 'Park', 'No', 'Yes'],
    ]);
    await chooseRoster(user, fileOf(xlsx, 'Media Release 2026.xlsx'));
    expect(within(wizard()).getByText(/Excel workbook/)).toBeTruthy();
    expect(selectedHeader('First name')).toBe('Legal First Name');
    expect(count('Students')).toBe('2');
    expect(count('Do not publish')).toBe('1');
    // The sheet has no name-consent column: the page says what that means before anything is stored.
    expect(within(wizard()).getByText(/No name-consent column is chosen: no student’s name may be used/)).toBeTruthy();
    expect(count('Name: not to be used')).toBe('2');
    await user.click(confirmButton());
    await vi.waitFor(() => expect(rosterCount()).toBe('2'));
  });
});

describe('files that are not a roster are refused plainly, and nothing changes', () => {
  async function refused(file: File) {
    const page = await renderOptions(seeded);
    await chooseRoster(page.user, file);
    const alert = within(wizard()).getByRole('alert').textContent ?? '';
    expect(screen.queryByTestId('roster-confirm')).toBeNull();
    expect(rosterCount()).toBe('2');
    expect((await page.repository.loadStudents()).map((s) => s.id).sort()).toEqual([EMMA.id, ZOE.id]);
    // The picker is still there for the right file.
    expect(screen.getByTestId('roster-file')).toBeTruthy();
    return alert;
  }

  it('an empty file', async () => {
    expect(await refused(fileOf('', 'roster.csv'))).toMatch(/“roster.csv” is empty/);
  });

  it('a file of only blank lines', async () => {
    expect(await refused(fileOf('\r\n\r\n', 'roster.csv'))).toMatch(/holds no rows/);
  });

  it('a file of the wrong type', async () => {
    expect(await refused(fileOf('GIF89a', 'class photo.gif', 'image/gif'))).toMatch(
      /is a \.gif file\. PostGuard reads rosters saved as CSV \(\.csv\) or Excel \(\.xlsx\)/,
    );
  });

  it('an old .xls workbook', async () => {
    expect(await refused(fileOf('\xD0\xCF\x11\xE0', 'roster.xls'))).toMatch(/old Excel format \(\.xls\)/);
  });

  it('a PDF renamed .csv', async () => {
    expect(await refused(fileOf('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n', 'roster.csv'))).toMatch(/This is a PDF/);
  });

  it('binary data with NUL bytes', async () => {
    expect(await refused(fileOf(new Uint8Array([0x53, 0x31, 0x00, 0x00, 0x07, 0x41]), 'roster.csv'))).toMatch(/binary data|not readable text/);
  });

  it('a file named .xlsx that is not a workbook', async () => {
    expect(await refused(fileOf(GOOD, 'roster.xlsx'))).toMatch(/is named \.xlsx but is not an Excel workbook/);
  });

  it('a 50 MB file, without reading it', async () => {
    const big = fileOf('student_id', 'roster.csv');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    expect(await refused(big)).toBe(
      'This file is 50 MB; a roster export is usually under 1 MB — check you chose the right file.',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('a header with no student rows', async () => {
    const page = await renderOptions(seeded);
    await chooseRoster(page.user, fileOf(csv(), 'roster.csv'));
    expect(within(wizard()).getByRole('alert').textContent).toMatch(/no student rows/);
    expect(confirmButton().disabled).toBe(true);
    expect(rosterCount()).toBe('2');
  });
});

describe('replacing the roster is all or nothing', () => {
  it('cancel leaves the old roster exactly as it was', async () => {
    const { user, repository, notify } = await renderOptions(seeded);
    const before = await repository.loadStudents();
    await chooseRoster(user, fileOf(GOOD, 'roster.csv'));
    expect(confirmButton().textContent).toBe('Replace the roster with 3 students');
    expect(within(wizard()).getByText('The current roster of 2 stays until you confirm.')).toBeTruthy();
    await user.click(within(wizard()).getByRole('button', { name: 'Cancel' }));

    expect(screen.getByText('Import cancelled. The roster was not changed.')).toBeTruthy();
    expect(rosterCount()).toBe('2');
    expect(await repository.loadStudents()).toEqual(before);
    expect(await repository.latestImport()).toMatchObject({ fileName: IMPORT_META.fileName });
    expect(notify).not.toHaveBeenCalled();
  });

  it('a write that fails part-way keeps the old roster and says so', async () => {
    const { user, repository, db, notify } = await renderOptions(seeded);
    const before = await repository.loadStudents();
    await chooseRoster(user, fileOf(GOOD, 'roster.csv'));
    // The students are cleared and re-added before the import record is written: failing there must undo it all.
    vi.spyOn(db.imports, 'add').mockImplementation(() => {
      throw new Error('the disk is full');
    });
    await user.click(confirmButton());

    const alert = await within(wizard()).findByRole('alert');
    expect(alert.textContent).toBe('The roster was not replaced: the disk is full. The previous roster is unchanged.');
    expect(rosterCount()).toBe('2');
    expect(await repository.loadStudents()).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
    // The file is still loaded: the user can try again without choosing it again.
    expect(confirmButton().disabled).toBe(false);
  });

  it('imports 10,000 rows with a progress bar and stores them all', async () => {
    const { user, repository } = await renderOptions();
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `S${100000 + i},First${i},Last${i},,${(i % 12) + 1},R${i % 40},${i % 3 ? 'yes' : 'no'},first,no,2027-06-30`,
    );
    await user.upload(screen.getByTestId('roster-file'), fileOf(csv(...rows), 'district.csv'));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20_000 });
    expect(count('Students')).toBe('10000');
    expect(within(wizard()).getByRole('table', { name: 'The first 10 of 10000 students, as they will be stored' })).toBeTruthy();
    await user.click(confirmButton());
    await vi.waitFor(() => expect(rosterCount()).toBe('10000'), { timeout: 30_000 });
    expect((await repository.loadStudents()).length).toBe(10_000);
  }, 60_000);
});
