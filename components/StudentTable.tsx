import type { NameConsent, Student } from '../rules/types.ts';

export interface StudentRow {
  student: Student;
  expiry: 'expired' | 'expiring' | 'current' | 'none';
}

export interface StudentTableProps {
  caption: string;
  rows: readonly StudentRow[];
}

const NAME_USE: Record<NameConsent, string> = { none: 'No name', first: 'First name only', full: 'Full name' };

/** Students exactly as PostGuard stores them; consent that has ended or ends within 30 days is flagged in words, not colour alone. */
export function StudentTable({ caption, rows }: StudentTableProps) {
  return (
    <table className="student-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Student ID</th>
          <th scope="col">Name</th>
          <th scope="col">Grade</th>
          <th scope="col">Homeroom</th>
          <th scope="col">Photos</th>
          <th scope="col">Name in posts</th>
          <th scope="col">Do not publish</th>
          <th scope="col">Consent until</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ student: s, expiry }) => (
          <tr key={s.id} className={s.doNotPublish ? 'dnp' : undefined}>
            <td>{s.id}</td>
            <th scope="row">
              {s.firstName} {s.lastName}
              {s.preferredName && s.preferredName !== s.firstName && <span className="hint"> (goes by {s.preferredName})</span>}
            </th>
            <td>{s.grade ?? ''}</td>
            <td>{s.homeroom ?? ''}</td>
            <td>{s.photoConsent ? 'Yes' : 'No'}</td>
            <td>{NAME_USE[s.nameConsent]}</td>
            <td>{s.doNotPublish ? <strong>Yes</strong> : 'No'}</td>
            <td>
              {s.consentExpires ?? '—'}
              {expiry === 'expired' && <span className="flag flag-expired">Expired</span>}
              {expiry === 'expiring' && <span className="flag flag-expiring">Expires soon</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
