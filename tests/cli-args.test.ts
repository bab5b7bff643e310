import { describe, expect, it } from 'vitest';
import { parseArgs } from '../cli/args.ts';

describe('CLI arguments', () => {
  it('reads options and joins the words into the text', () => {
    expect(parseArgs(['--roster', 'r.csv', '--policy=ap-80-06', '--now', '2026-05-12T09:00:00-06:00', 'Hello', 'Emma'])).toEqual({
      roster: 'r.csv',
      policy: 'ap-80-06',
      now: '2026-05-12T09:00:00-06:00',
      text: 'Hello Emma',
    });
  });

  it('takes everything after -- as text', () => {
    expect(parseArgs(['--', '--roster is not an option here'])).toEqual({ text: '--roster is not an option here' });
  });

  it('has no text when none is given (stdin mode)', () => {
    expect(parseArgs(['--policy', 'strictest'])).toEqual({ policy: 'strictest' });
  });

  it.each([[['--roster']], [['--verbose']], [['--now=']]])('refuses %j with a one-line reason', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/needs a value|unknown option/);
  });
});
