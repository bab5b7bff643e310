import { useCallback, useEffect, useState } from 'react';
import type { AccountItemId } from '../../rules/account-checklist.ts';
import type { AccountPlatform, AccountView } from '../../components/popup/AccountChecklist.tsx';
import type { PopupRepository } from './services.ts';

/** The account checklist's accounts, kept in Dexie by the repository; reloaded after each change. */
export function useAccounts(repository: PopupRepository) {
  const [accounts, setAccounts] = useState<AccountView[]>();
  const [error, setError] = useState<string>();
  const [selectedId, setSelectedId] = useState<number>();

  const reload = useCallback(async () => {
    try {
      setAccounts(await repository.listAccounts());
      setError(undefined);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The account checklist could not be read.');
    }
  }, [repository]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return {
    accounts,
    error,
    selectedId,
    select: setSelectedId,
    async add(platform: AccountPlatform, name: string): Promise<void> {
      const added = await repository.addAccount({ platform, name });
      setSelectedId(added.id);
      await reload();
    },
    async confirm(id: number, item: AccountItemId, day: string | null): Promise<void> {
      await repository.confirmAccountItem(id, item, day);
      await reload();
    },
    async remove(id: number): Promise<void> {
      await repository.removeAccount(id);
      setSelectedId(undefined);
      await reload();
    },
  };
}
