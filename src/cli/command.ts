import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Context } from '../context.js';

/*
 * Commands load the server, the database drivers and the services only inside `run` (dynamic imports), so
 * that `--help` and usage mistakes answer at once instead of after loading the whole application.
 */

/** A mistake on the command line or a refused operation: printed without a stack, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: OptionSpec;
  /** How many positional arguments it takes. */
  positionals?: number;
  run(args: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    config: Config;
  }): Promise<void>;
}

/** Parses `argv` strictly for `command` (unknown options are usage errors) and runs it, or prints its help. */
export async function runCommand(command: Command, argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${command.help}`, 2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`);
    return;
  }
  const expected = command.positionals ?? 0;
  if (parsed.positionals.length !== expected) {
    throw new CliError(`Expected ${expected} argument(s), got ${parsed.positionals.length}.\n\n${command.help}`, 2);
  }
  const { loadConfig } = await import('../config.js');
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  await command.run({
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
    config,
  });
}

export function requireString(values: Record<string, unknown>, name: string, help: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} is required.\n\n${help}`, 2);
  return value.trim();
}

/**
 * Opens the configured database (bringing its schema up to date unless MIGRATE_ON_START=false, so that
 * `tenant create` works on a brand-new file), runs `work`, and always closes it.
 * Nothing is written to stdout here: `--json` output must stay the only thing there.
 */
export async function withDatabase<T>(config: Config, work: (ctx: Context) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrateToLatest }, { systemContext }] = await Promise.all([
    import('../server.js'),
    import('../db/migrate.js'),
    import('../context.js'),
  ]);
  const db = openDatabase(config);
  try {
    if (config.MIGRATE_ON_START) {
      const applied = await migrateToLatest(db);
      if (applied.length > 0) process.stderr.write(`Applied migrations: ${applied.join(', ')}\n`);
    }
    return await work(systemContext(db));
  } finally {
    await db.close();
  }
}
