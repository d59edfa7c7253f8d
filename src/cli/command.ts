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

/** Exit code of every usage mistake (unknown command or option, missing or malformed argument). */
export const USAGE_EXIT_CODE = 2;

/**
 * Where a command writes and what environment it reads: the process's own for the `clientele` bin, buffers
 * and a chosen environment when tests run the command line in-process.
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text; its first line is the usage line. */
  help: string;
  options: OptionSpec;
  /** How many positional arguments it takes. */
  positionals?: number;
  run(args: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    config: Config;
    io: CliIo;
  }): Promise<void>;
}

/** A usage mistake: one line saying what is wrong, then the command's usage line. */
export function usageError(help: string, problem: string): CliError {
  return new CliError(`${problem}\n${help.split('\n')[0]}`, USAGE_EXIT_CODE);
}

/**
 * Reads `argv` against the command's options. Node's strict parseArgs errors are written for programmers
 * (and quote unevenly), so parsing is lenient and each mistake is named here instead.
 */
function parseCommandLine(command: Command, argv: string[]) {
  const options: OptionSpec = { ...command.options, help: { type: 'boolean', short: 'h' } };
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) throw usageError(command.help, `Unknown option ${token.rawName}.`);
    // `--name --json` is a forgotten value, not a name that starts with a dash (`--name=-x` says that).
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw usageError(command.help, `Option ${token.rawName} needs a value.`);
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usageError(command.help, `Option ${token.rawName} takes no value.`);
    }
  }
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

/** Parses `argv` strictly for `command` (unknown options are usage errors) and runs it, or prints its help. */
export async function runCommand(command: Command, argv: string[], io: CliIo): Promise<void> {
  const parsed = parseCommandLine(command, argv);
  if (parsed.values.help) {
    io.stdout.write(`${command.help}\n`);
    return;
  }
  const expected = command.positionals ?? 0;
  if (parsed.positionals.length !== expected) {
    throw usageError(
      command.help,
      expected === 0
        ? `Unexpected argument ${parsed.positionals[0]}.`
        : `Expected ${expected} argument(s), got ${parsed.positionals.length}.`,
    );
  }
  const { loadConfig } = await import('../config.js');
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  await command.run({ values: parsed.values, positionals: parsed.positionals, config, io });
}

export function requireString(values: Record<string, unknown>, name: string, help: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw usageError(help, `--${name} is required.`);
  return value.trim();
}

/**
 * Opens the configured database (bringing its schema up to date unless MIGRATE_ON_START=false, so that
 * `tenant create` works on a brand-new file), runs `work`, and always closes it.
 * Nothing is written to stdout here: `--json` output must stay the only thing there.
 */
export async function withDatabase<T>(config: Config, io: CliIo, work: (ctx: Context) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrateToLatest }, { systemContext }] = await Promise.all([
    import('../server.js'),
    import('../db/migrate.js'),
    import('../context.js'),
  ]);
  const db = openDatabase(config);
  try {
    if (config.MIGRATE_ON_START) {
      const applied = await migrateToLatest(db);
      if (applied.length > 0) io.stderr.write(`Applied migrations: ${applied.join(', ')}\n`);
    }
    return await work(systemContext(db));
  } finally {
    await db.close();
  }
}
