/** Parses the CLI's arguments; throws a one-line message on anything it does not know. */
export interface CliArgs {
  roster?: string;
  policy?: string;
  settings?: string;
  now?: string;
  text?: string;
}

const VALUED = new Map<string, keyof CliArgs>([
  ['--roster', 'roster'],
  ['--policy', 'policy'],
  ['--settings', 'settings'],
  ['--now', 'now'],
]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = VALUED.get(flag);
    if (key) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
      args[key] = value;
    } else if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${flag} (known: ${[...VALUED.keys()].join(', ')})`);
    } else {
      words.push(arg);
    }
  }
  if (words.length > 0) args.text = words.join(' ');
  return args;
}
