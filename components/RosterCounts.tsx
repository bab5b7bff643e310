import type { RosterSummary } from '../rules/roster/summary.ts';

/** The consent picture of a roster in numbers, so a wrong column mapping shows at a glance (e.g. "0 with photo consent"). */
export function RosterCounts({ summary: c }: { summary: RosterSummary }) {
  const items: [string, number][] = [
    ['Students', c.total],
    ['Photo consent', c.photoYes],
    ['No photo consent', c.photoNo],
    ['Name: not to be used', c.nameNone],
    ['Name: first name only', c.nameFirst],
    ['Name: full name', c.nameFull],
    ['Do not publish', c.doNotPublish],
    ['Consent expired', c.expired],
    ['Consent ends within 30 days', c.expiringSoon],
  ];
  return (
    <dl className="counts" data-testid="roster-summary">
      {items.map(([label, n]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
