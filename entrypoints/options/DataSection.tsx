import { useState, type ChangeEvent } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { StatusLine, type Status } from '../../components/StatusLine.tsx';
import { parseSettings, type Settings } from '../../rules/settings.ts';
import { download, fileText } from './files.ts';

export interface DataSectionProps {
  saved: Settings;
  onImport(settings: Settings): Promise<void>;
  onClearAll(): Promise<void>;
}

const MAX_SETTINGS_BYTES = 1024 * 1024;

export function DataSection({ saved, onImport, onClearAll }: DataSectionProps) {
  const [status, setStatus] = useState<Status>();

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Let the same file be chosen again after it was fixed.
    input.value = '';
    if (!file) return;
    const refuse = (why: string) =>
      setStatus({ kind: 'error', text: `“${file.name}” was not imported: ${why}. Your settings were not changed.` });
    if (file.size > MAX_SETTINGS_BYTES) return refuse('it is far too large to be a PostGuard settings file');
    let data: unknown;
    try {
      data = JSON.parse(await fileText(file));
    } catch {
      return refuse('it is not a PostGuard settings file (not JSON)');
    }
    const result = parseSettings(data);
    if (!result.ok) return refuse(result.error);
    try {
      await onImport(result.settings);
      setStatus({ kind: 'ok', text: `Imported and saved the settings from “${file.name}”.` });
    } catch (err) {
      refuse(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p className="hint">
        Everything PostGuard knows stays in this browser. Settings can be copied to another computer as a file; the roster never
        leaves except in the file you imported it from.
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            download('postguard-settings.json', `${JSON.stringify(saved, null, 2)}\n`);
            setStatus({ kind: 'ok', text: 'Exported the saved settings as postguard-settings.json.' });
          }}
        >
          Export settings
        </button>
        <label className="button">
          Import settings…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={importFile} />
        </label>
      </div>
      <div className="actions">
        <ConfirmAction
          label="Clear all data…"
          question="Delete the roster, your settings and the log of overridden warnings from this browser? This cannot be undone; export your settings first if you want to keep them."
          confirmLabel="Delete everything"
          onConfirm={async () => {
            try {
              await onClearAll();
              setStatus({ kind: 'ok', text: 'All PostGuard data was deleted from this browser.' });
            } catch (err) {
              setStatus({ kind: 'error', text: `Nothing was deleted: ${err instanceof Error ? err.message : String(err)}` });
            }
          }}
        />
      </div>
      <StatusLine status={status} />
    </section>
  );
}
