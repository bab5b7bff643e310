import type { Settings } from '../../rules/settings.ts';
import type { RosterIndex, Student } from '../../rules/types.ts';
import type { Repository } from './db/repository.ts';

export interface Policy {
  roster: RosterIndex;
  settings: Settings;
}

/** A value loaded on first use and kept; a failed load is forgotten so the next use tries again. */
function lazy<T>(load: () => Promise<T>) {
  let value: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      if (!value) {
        const loading = load();
        value = loading;
        loading.catch(() => {
          if (value === loading) value = undefined;
        });
      }
      return value;
    },
    reset(): void {
      value = undefined;
    },
  };
}

/**
 * The roster index and settings the checks run against. Read from IndexedDB
 * once after the worker starts, then served from memory: a keystroke's check
 * never waits on the database. Rebuilt when told the roster or settings changed.
 */
export function createPolicyCache(
  repository: Pick<Repository, 'loadStudents' | 'getSettings'>,
  buildIndex: (students: Student[]) => RosterIndex,
) {
  const roster = lazy(async () => buildIndex(await repository.loadStudents()));
  const settings = lazy(() => repository.getSettings());
  return {
    async get(): Promise<Policy> {
      const [r, s] = await Promise.all([roster.get(), settings.get()]);
      return { roster: r, settings: s };
    },
    invalidate(part: 'roster' | 'settings'): void {
      (part === 'roster' ? roster : settings).reset();
    },
  };
}

export type PolicyCache = ReturnType<typeof createPolicyCache>;
