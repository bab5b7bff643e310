export type Status = { kind: 'ok' | 'error'; text: string } | undefined;

/** A result line: errors interrupt (role=alert), success is announced politely. */
export function StatusLine({ status }: { status: Status }) {
  if (!status) return <p role="status" className="status" />;
  return (
    <p role={status.kind === 'error' ? 'alert' : 'status'} className={`status ${status.kind}`}>
      {status.text}
    </p>
  );
}
