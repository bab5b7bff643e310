import { useMemo, useState, type FormEvent } from 'react';
import { ListField } from '../../components/ListField.tsx';
import { RuleTable, type RuleRow } from '../../components/RuleTable.tsx';
import { StatusLine, type Status } from '../../components/StatusLine.tsx';
import { RULES } from '../../rules/index.ts';
import { PACK_IDS, PACKS } from '../../rules/packs/index.ts';
import type { Settings } from '../../rules/settings.ts';
import type { RuleId } from '../../rules/types.ts';
import { formFromSettings, ruleInForce, settingsFromForm, type SettingsForm } from './settings-form.ts';

export interface PolicySettingsProps {
  saved: Settings;
  onSave(settings: Settings): Promise<void>;
}

export function PolicySettings({ saved, onSave }: PolicySettingsProps) {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(saved));
  const [status, setStatus] = useState<Status>();
  const [saving, setSaving] = useState(false);
  const dirty = useMemo(() => JSON.stringify(form) !== JSON.stringify(formFromSettings(saved)), [form, saved]);

  const edit = (change: Partial<SettingsForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setStatus(undefined);
  };
  const editRule = <K extends 'enabled' | 'severity' | 'keywords'>(key: K, id: RuleId, value: SettingsForm[K][RuleId]) => {
    setForm((f) => {
      const next = { ...f[key] };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return { ...f, [key]: next };
    });
    setStatus(undefined);
  };

  const rows: RuleRow[] = RULES.map((rule) => {
    const inForce = ruleInForce(form, rule.id, rule.meta.defaultSeverity);
    return {
      id: rule.id,
      title: rule.meta.title,
      protects: rule.meta.protects,
      packSeverity: inForce.inPack?.severity,
      enabledOverride: form.enabled[rule.id],
      severityOverride: form.severity[rule.id],
      enabled: inForce.enabled,
      severity: inForce.severity,
      clauses: inForce.clauses,
      keywords: form.keywords[rule.id] ?? '',
    };
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = settingsFromForm(form);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `Not saved: ${result.error}` });
      return;
    }
    setSaving(true);
    try {
      await onSave(result.settings);
      setForm(formFromSettings(result.settings));
      setStatus({ kind: 'ok', text: 'Saved. Open composers use these settings from the next keystroke.' });
    } catch (err) {
      setStatus({ kind: 'error', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} aria-labelledby="policy-heading" noValidate>
      <h2 id="policy-heading">Policy and rules</h2>
      <div className="field">
        <label htmlFor="policy-pack">District procedure</label>
        <span className="hint" id="policy-pack-hint">
          Sets which rules are checked, how strictly, and the clause each warning cites.
        </span>
        <select
          id="policy-pack"
          aria-describedby="policy-pack-hint"
          value={form.policy}
          onChange={(e) => edit({ policy: e.target.value as SettingsForm['policy'] })}
        >
          {PACK_IDS.map((id) => (
            <option key={id} value={id}>
              {PACKS[id].name}
            </option>
          ))}
        </select>
      </div>

      <h3>Rules</h3>
      <RuleTable
        rows={rows}
        onEnabled={(id, v) => editRule('enabled', id, v)}
        onSeverity={(id, v) => editRule('severity', id, v)}
        onKeywords={(id, text) => editRule('keywords', id, text || undefined)}
      />

      <h3>School contact details</h3>
      <p className="hint">The school’s own phone numbers, e-mail addresses and web sites are never flagged as personal information.</p>
      <div className="columns">
        <ListField label="Phone numbers" hint="One a line, e.g. 403-555-0100" value={form.phones} onChange={(phones) => edit({ phones })} />
        <ListField label="E-mail addresses" hint="One a line, e.g. office@school.ca" value={form.emails} onChange={(emails) => edit({ emails })} />
        <ListField label="Web domains" hint="One a line, e.g. school.ca" value={form.domains} onChange={(domains) => edit({ domains })} />
      </div>

      <h3>Images</h3>
      <div className="columns">
        <ListField
          label="Approved camera devices"
          hint="Make and model as the camera records them, one a line (e.g. Apple iPhone 14). Leave empty to accept any device."
          value={form.devices}
          onChange={(devices) => edit({ devices })}
        />
        <div className="field">
          <label htmlFor="image-limit">Images per post, at most</label>
          <span className="hint" id="image-limit-hint">From 1 to 20.</span>
          <input
            id="image-limit"
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            aria-describedby="image-limit-hint"
            value={form.imageLimit}
            onChange={(e) => edit({ imageLimit: e.target.value })}
          />
        </div>
      </div>

      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          Save settings
        </button>
        <button type="button" disabled={!dirty || saving} onClick={() => edit(formFromSettings(saved))}>
          Undo changes
        </button>
        {dirty && !status && <span className="hint">Unsaved changes.</span>}
      </div>
      <StatusLine status={status} />
    </form>
  );
}
