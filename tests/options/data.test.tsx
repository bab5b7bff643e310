// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../rules/settings.ts';
import { EMMA, IMPORT_META, ZOE } from '../background/fixtures.ts';
import { fileText } from '../../entrypoints/options/files.ts';
import { fileOf, renderOptions, rosterCount, screen } from './helpers.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

const CUSTOM = {
  version: SETTINGS_VERSION,
  policy: 'lethbridge-607-4',
  rules: { copyright: { enabled: false } },
  allowList: { phones: ['403-555-0100'], emails: [], domains: ['school.ca'] },
  approvedDevices: [],
  imageLimit: 3,
  keywords: {},
};

function importInput(): HTMLInputElement {
  return screen.getByLabelText('Import settings…');
}

describe('settings file', () => {
  it('exports the saved settings as versioned JSON through a Blob URL', async () => {
    const { repository, user } = await renderOptions({ seed: (r) => r.saveSettings(CUSTOM) });
    const blobs: Blob[] = [];
    // jsdom has no Blob URLs; record what the page hands to the download.
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => (blobs.push(b), 'blob:postguard') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(clicked).toHaveBeenCalledOnce();
    const text = await fileText(blobs[0]!);
    expect(JSON.parse(text)).toEqual(await repository.getSettings());
    expect(JSON.parse(text)).toMatchObject({ policy: 'lethbridge-607-4', imageLimit: 3 });
    expect(JSON.parse(text).version).toBe(SETTINGS_VERSION);
  });

  it('imports a settings file, saves it and shows it in the form', async () => {
    const { user, repository, notify } = await renderOptions();
    await user.upload(importInput(), fileOf(JSON.stringify(CUSTOM), 'district.json', 'application/json'));
    expect(await screen.findByText('Imported and saved the settings from “district.json”.')).toBeTruthy();
    expect(await repository.getSettings()).toMatchObject({ policy: 'lethbridge-607-4', imageLimit: 3 });
    expect((screen.getByLabelText('District procedure') as HTMLSelectElement).value).toBe('lethbridge-607-4');
    expect((screen.getByLabelText('Images per post, at most') as HTMLInputElement).value).toBe('3');
    expect(notify).toHaveBeenCalledWith('settings/changed');
  });

  it.each([
    ['an old version', JSON.stringify({ ...CUSTOM, version: 0 }), /settings version 0 is not supported/],
    ['an unknown procedure', JSON.stringify({ ...CUSTOM, policy: 'somewhere-else' }), /policy/],
    ['not JSON', 'student_id,first_name\nS1,Emma', /not a PostGuard settings file \(not JSON\)/],
  ])('refuses %s with a clear message and changes nothing', async (_what, content, message) => {
    const { user, repository, notify } = await renderOptions({
      seed: (r) => r.saveSettings({ ...DEFAULT_SETTINGS, imageLimit: 2 }),
    });
    await user.upload(importInput(), fileOf(content, 'settings.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Your settings were not changed\./);
    expect(await repository.getSettings()).toEqual({ ...DEFAULT_SETTINGS, imageLimit: 2 });
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('clear all data', () => {
  const withData = () =>
    renderOptions({
      seed: async (r) => {
        await r.replaceRoster([EMMA, ZOE], IMPORT_META);
        await r.saveSettings(CUSTOM);
      },
    });

  it('asks first, and keeps everything when the user changes their mind', async () => {
    const { user, repository } = await withData();
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/cannot be undone/);
    expect(document.activeElement?.textContent).toBe('Keep it');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(rosterCount()).toBe('2');
    expect((await repository.loadStudents()).length).toBe(2);
  });

  it('deletes the roster and settings after confirmation and tells the worker', async () => {
    const { user, repository, notify } = await withData();
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('All PostGuard data was deleted from this browser.')).toBeTruthy();
    expect(rosterCount()).toBe('0');
    expect(await repository.loadStudents()).toEqual([]);
    expect(await repository.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect((screen.getByLabelText('District procedure') as HTMLSelectElement).value).toBe('strictest');
    expect(notify).toHaveBeenCalledWith('roster/changed');
    expect(notify).toHaveBeenCalledWith('settings/changed');
  });
});
