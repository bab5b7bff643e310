// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKS } from '../../rules/packs/index.ts';
import { close, draftOf, open, photo, screen, setUp, within } from './helpers.tsx';

afterEach(cleanup);

const TEXT = 'I am so proud of Zoë and the grade 4 scientists! Call the office at 403-555-0199 for photos.';

describe('the draft at a glance', () => {
  it('shows the platform, the first words, the number of images and the findings grouped by severity', async () => {
    const world = await setUp({ drafts: { c1: draftOf(TEXT, [photo(1, { gps: { lat: 50.04, lon: -110.68 } })]) } });
    const { view } = await open(world);

    const summary = screen.getByTestId('draft-summary');
    expect(within(summary).getByTestId('draft-platform').textContent).toBe('X post');
    expect(within(summary).getByText('“I am so proud of Zoë and the…”')).toBeTruthy();
    expect(within(summary).getByTestId('draft-images').textContent).toBe('1 image');

    const holds = screen.getByRole('region', { name: /^Holds the post/ });
    const warnings = screen.getByRole('region', { name: /^Warnings/ });
    const held = [...holds.querySelectorAll<HTMLElement>('[data-rule]')].map((el) => el.dataset.rule);
    expect(held).toEqual(expect.arrayContaining(['student-name', 'student-photo', 'personal-info']));
    expect(warnings.querySelector('[data-rule="first-person-voice"]')).toBeTruthy();
    expect(warnings.querySelector('[data-rule="image-metadata"]')).toBeTruthy();
    for (const el of holds.querySelectorAll<HTMLElement>('[data-rule]')) expect(el.dataset.severity).toBe('block');

    // Each finding: its message, the clause it cites (reference and words), and where it is in the post.
    const name = holds.querySelector<HTMLElement>('[data-rule="student-name"]')!;
    expect(name.textContent).toMatch(/Zoë/);
    const quote = PACKS.strictest.rules['student-name']!.clauses[0]!;
    expect(within(name).getByText(new RegExp(`^Cites ${quote.ref}`))).toBeTruthy();
    expect(within(name).getByText(`“${quote.quote}”`)).toBeTruthy();
    expect(within(name).getByRole('button', { name: 'Show in composer' })).toBeTruthy();
    // An image finding has no place in the text; it names the photo instead.
    const gps = warnings.querySelector<HTMLElement>('[data-rule="image-metadata"]')!;
    expect(gps.textContent).toMatch(/photo 1 \(IMG_1\.jpg\)/);
    expect(within(gps).queryByRole('button', { name: 'Show in composer' })).toBeNull();
    await close(world, view);
  });

  it('asks the page to show a finding, and says to open the post box when the page cannot', async () => {
    const showFinding = vi.fn(async () => true);
    const world = await setUp({ drafts: { c1: draftOf('Call me at 403-555-0199 please.') }, services: { showFinding } });
    const { user, view } = await open(world);
    const finding = document.querySelector<HTMLElement>('.findings [data-rule="personal-info"]')!;
    await user.click(within(finding).getByRole('button', { name: 'Show in composer' }));
    expect(showFinding).toHaveBeenCalledWith(7, { composerId: 'c1', start: 11, end: 23 });
    expect(within(finding).getByText('Highlighted in the post box.')).toBeTruthy();

    showFinding.mockResolvedValueOnce(false);
    await user.click(within(finding).getByRole('button', { name: 'Show in composer' }));
    expect(within(finding).getByText('Open the post box in the page to see it.')).toBeTruthy();
    await close(world, view);
  });

  it('lets the user pick between the drafts of a page, most recent first', async () => {
    const world = await setUp({
      drafts: { first: draftOf('We are proud of our choir.'), second: draftOf('Our team won the final game today.') },
    });
    const { user, view } = await open(world);
    const pick = screen.getByLabelText('Draft') as HTMLSelectElement;
    expect([...pick.options].map((o) => o.textContent)).toEqual([
      '1. X: Our team won the final game today.',
      '2. X: We are proud of our choir.',
    ]);
    await user.selectOptions(pick, 'first');
    expect(within(screen.getByTestId('draft-summary')).getByText('“We are proud of our choir.”')).toBeTruthy();
    await close(world, view);
  });
});
