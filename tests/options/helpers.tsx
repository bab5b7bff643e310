import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, type Repository } from '../../entrypoints/background/db/repository.ts';
import { App } from '../../entrypoints/options/App.tsx';
import type { Change } from '../../entrypoints/options/worker-notice.ts';
import { uniqueDbName } from '../background/fixtures.ts';

/** "Today" for every options test: consent dates in the fixtures are written relative to it. */
export const TODAY = new Date('2026-05-12T10:00:00');

export const HEADER =
  'student_id,first_name,last_name,preferred_name,grade,homeroom,photo_consent,name_consent,do_not_publish,consent_expires';

export function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n') + '\r\n';
}

export function fileOf(content: string | Uint8Array, name: string, type = ''): File {
  return new File([content as BlobPart], name, { type });
}

export interface RenderOptions {
  notify?: (change: Change) => Promise<boolean>;
  /** Data already stored before the page opens. */
  seed?: (repository: Repository) => Promise<unknown>;
}

/** Renders the options page over a database of its own. */
export async function renderOptions(options: RenderOptions = {}) {
  const db = new PostGuardDB(uniqueDbName());
  const repository = createRepository(db);
  await options.seed?.(repository);
  const notify = vi.fn(options.notify ?? (async () => true));
  // A secretary may pick "All files" in the dialog or drop any file: the page, not the dialog, must refuse.
  const user = userEvent.setup({ applyAccept: false });
  const view = render(<App repository={repository} notify={notify} now={TODAY} />);
  await screen.findByRole('heading', { name: 'Consent roster' });
  return { db, repository, notify, user, view };
}

export function rosterCount(): string {
  return screen.getByTestId('roster-count').textContent ?? '';
}

/** Chooses a file in the import wizard and waits until it has been read (review step or a refusal). */
export async function chooseRoster(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByTestId('roster-file'), file);
  await vi.waitFor(() => {
    if (screen.queryByRole('progressbar')) throw new Error('still reading');
  });
}

export function wizard(): HTMLElement {
  return screen.getByRole('region', { name: 'Import a roster' });
}

export { screen, within };
