export interface MappingField<F extends string> {
  field: F;
  label: string;
  required?: boolean;
}

export interface MappingTableProps<F extends string> {
  fields: readonly MappingField<F>[];
  headers: readonly string[];
  mapping: Partial<Record<F, number>>;
  disabled?: boolean;
  onChange(field: F, column: number | undefined): void;
}

/** One row per roster field: which column of the file feeds it; columns no field uses are named, as they are left out. */
export function MappingTable<F extends string>({ fields, headers, mapping, disabled, onChange }: MappingTableProps<F>) {
  const used = new Set(Object.values(mapping));
  const ignored = headers.filter((h, i) => !used.has(i) && h.trim() !== '');
  return (
    <>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">PostGuard field</th>
            <th scope="col">Column in your file</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(({ field, label, required }) => {
            const column = mapping[field];
            const id = `map-${field}`;
            return (
              <tr key={field} data-field={field}>
                <th scope="row">
                  <label htmlFor={id}>{label}</label>
                  {required && <span className="hint"> (needed)</span>}
                </th>
                <td>
                  <select
                    id={id}
                    value={column === undefined ? '' : String(column)}
                    disabled={disabled}
                    aria-invalid={required && column === undefined ? true : undefined}
                    onChange={(e) => onChange(field, e.target.value === '' ? undefined : Number(e.target.value))}
                  >
                    <option value="">— not in this file —</option>
                    {headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h.trim() || `Column ${i + 1} (no heading)`}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        {ignored.length === 0
          ? 'Every column of the file is used.'
          : `Not imported (left out of PostGuard entirely): ${ignored.join(', ')}.`}
      </p>
    </>
  );
}
