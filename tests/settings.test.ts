import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } from '../rules/settings.ts';

describe('settings', () => {
  it('fills every default from a bare document', () => {
    const r = parseSettings({ version: SETTINGS_VERSION });
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.policy).toBe('strictest');
    expect(DEFAULT_SETTINGS.imageLimit).toBe(4);
  });

  it('keeps overrides, allow-list, devices and keywords', () => {
    const r = parseSettings({
      version: 1,
      policy: 'park-west-ap-144',
      rules: { 'first-person-voice': { enabled: false }, promotion: { severity: 'block' } },
      allowList: { phones: ['403-555-0100'], emails: ['office@school.ca'], domains: ['school.ca'] },
      approvedDevices: ['Apple iPad (9th generation)'],
      imageLimit: 3,
      keywords: { 'confidential-topic': ['boundary review'] },
    });
    expect(r.ok && r.settings.rules['first-person-voice']).toEqual({ enabled: false });
    expect(r.ok && r.settings.keywords['confidential-topic']).toEqual(['boundary review']);
  });

  it.each([
    [{ version: 2 }, /version 2 is not supported/],
    [{ version: 1, policy: 'nowhere' }, /policy/],
    [{ version: 1, rules: { 'no-such-rule': { enabled: true } } }, /rules/],
    [{ version: 1, rules: { promotion: { severity: 'loud' } } }, /rules\.promotion\.severity/],
    [{ version: 1, imageLimit: 0 }, /imageLimit/],
    [{ version: 1, colour: 'red' }, /colour|unrecognized/i],
    ['not an object', /settings/],
  ])('rejects %j with a message naming the problem', (input, message) => {
    const r = parseSettings(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
