// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs/index.ts';
import { DEFAULT_SETTINGS } from '../../rules/settings.ts';
import { RULE_IDS } from '../../rules/types.ts';
import { renderOptions, screen, within } from './helpers.tsx';

afterEach(cleanup);

function ruleRow(id: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`tr[data-rule="${id}"]`);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe('policy and rules', () => {
  it('lists the twelve rules with their severity and the words of the clause they cite', async () => {
    await renderOptions();
    for (const id of RULE_IDS) {
      const row = ruleRow(id);
      const packRule = PACKS.strictest.rules[id];
      expect(row.dataset.enabled).toBe(String(packRule !== undefined));
      if (!packRule) continue;
      expect(row.dataset.severity).toBe(packRule.severity);
      for (const clause of packRule.clauses) {
        const figure = within(row).getByText(clause.quote).closest('figure');
        expect(figure?.querySelector('figcaption')?.textContent?.split(' · ')).toContain(clause.ref);
      }
    }
  });

  it('shows the chosen district procedure’s clauses as soon as it is picked', async () => {
    const { user } = await renderOptions();
    await user.selectOptions(screen.getByLabelText('District procedure'), 'park-west-ap-144');
    const quote = PACKS['park-west-ap-144'].rules['student-name']?.clauses[0]?.quote;
    expect(quote).toBeTruthy();
    expect(within(ruleRow('student-name')).getByText(quote!)).toBeTruthy();
  });

  it('saves overrides, the school’s contact details, devices, the image limit and keywords, and tells the worker', async () => {
    const { user, repository, notify } = await renderOptions();
    await user.selectOptions(within(ruleRow('first-person-voice')).getByRole('combobox', { name: /^Checked/ }), 'off');
    await user.selectOptions(within(ruleRow('promotion')).getByRole('combobox', { name: /^Severity/ }), 'info');
    // Pasted, as lists usually are; typing them key by key only makes the test slow.
    const paste = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    await paste(within(ruleRow('confidential-topic')).getByRole('textbox'), 'strike vote\nbargaining');
    await paste(screen.getByLabelText('Phone numbers'), '403-555-0100');
    await paste(screen.getByLabelText('E-mail addresses'), 'office@school.ca, principal@school.ca');
    await paste(screen.getByLabelText('Web domains'), 'school.ca');
    await paste(screen.getByLabelText('Approved camera devices'), 'Apple iPhone 14');
    const limit = screen.getByLabelText('Images per post, at most');
    await user.clear(limit);
    await user.type(limit, '6');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
    const saved = await repository.getSettings();
    expect(saved.rules['first-person-voice']).toEqual({ enabled: false });
    expect(saved.rules.promotion).toEqual({ severity: 'info' });
    expect(saved.keywords['confidential-topic']).toEqual(['strike vote', 'bargaining']);
    expect(saved.allowList).toEqual({
      phones: ['403-555-0100'],
      emails: ['office@school.ca', 'principal@school.ca'],
      domains: ['school.ca'],
    });
    expect(saved.approvedDevices).toEqual(['Apple iPhone 14']);
    expect(saved.imageLimit).toBe(6);
    expect(notify).toHaveBeenCalledWith('settings/changed');
    expect(ruleRow('first-person-voice').dataset.enabled).toBe('false');
  });

  it('refuses an image limit out of range, says why, and stores nothing', async () => {
    const { user, repository, notify } = await renderOptions();
    const limit = screen.getByLabelText('Images per post, at most');
    await user.clear(limit);
    await user.type(limit, '50');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Images per post must be a whole number from 1 to 20/);
    expect(await repository.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(notify).not.toHaveBeenCalled();
  });

  it('undoes unsaved changes', async () => {
    const { user } = await renderOptions();
    const phones = screen.getByLabelText('Phone numbers');
    await user.type(phones, '403-555-0100');
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect((phones as HTMLTextAreaElement).value).toBe('');
  });

  it('says so when the worker could not be told, without losing the save', async () => {
    const { user, repository } = await renderOptions({ notify: async () => false });
    await user.type(screen.getByLabelText('Web domains'), 'school.ca');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/reload any open X or Facebook tab/)).toBeTruthy();
    expect((await repository.getSettings()).allowList.domains).toEqual(['school.ca']);
  });
});
