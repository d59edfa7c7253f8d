import { CliError, type CliIo, type Command, runCommand, USAGE_EXIT_CODE } from './command.js';
import { demo } from './demo.command.js';
import { exportContacts } from './export.command.js';
import { importContacts } from './import.command.js';
import { migrate } from './migrate.command.js';
import { serve } from './serve.command.js';
import { keyCreate, keyList, keyRevoke, tenantCreate, tenantList, tenantRequireIfMatch } from './tenant.commands.js';

/** Every command, by the words that name it. */
const commands: Record<string, Command> = {
  serve,
  migrate,
  'tenant create': tenantCreate,
  'tenant list': tenantList,
  'tenant require-if-match': tenantRequireIfMatch,
  'key create': keyCreate,
  'key list': keyList,
  'key revoke': keyRevoke,
  demo,
  'import contacts': importContacts,
  'export contacts': exportContacts,
};

const USAGE_LINE = 'Usage: clientele <command> [options]';

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `${USAGE_LINE}

Commands:
${lines.join('\n')}

Run "clientele <command> --help" for a command's options, "clientele --version" for the version.
Settings come from the environment (DATABASE_URL, PORT, HOST, LOG_LEVEL, RATE_LIMIT_PER_MINUTE, REDIS_URL,
MIGRATE_ON_START, …).`;
}

/** The command named by the leading words of argv (one or two), and the arguments after them. */
function resolve(argv: string[]): { command?: Command; rest: string[] } {
  const two = argv.slice(0, 2).join(' ');
  if (commands[two]) return { command: commands[two], rest: argv.slice(2) };
  if (commands[argv[0] ?? '']) return { command: commands[argv[0]], rest: argv.slice(1) };
  return { rest: argv };
}

async function dispatch(argv: string[], io: CliIo): Promise<void> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(`${usage()}\n`);
    return;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    const { packageVersion } = await import('../modules/operations/package-version.js');
    io.stdout.write(`${packageVersion()}\n`);
    return;
  }
  if (first.startsWith('-')) {
    throw new CliError(
      `Unknown option ${first}.\n${USAGE_LINE} (clientele --help lists the commands)`,
      USAGE_EXIT_CODE,
    );
  }
  const { command, rest } = resolve(argv);
  if (!command) {
    const group = Object.keys(commands).filter((name) => name.startsWith(`${first} `));
    if (group.length > 0 && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      io.stdout.write(`Usage:\n${group.map((name) => `  clientele ${name}  ${commands[name].summary}`).join('\n')}\n`);
      return;
    }
    const named = argv.slice(0, group.length > 0 ? 2 : 1).join(' ');
    throw new CliError(`Unknown command: ${named}\n\n${usage()}`, USAGE_EXIT_CODE);
  }
  await runCommand(command, rest, io);
}

/**
 * The whole command line: runs `argv` (the words after `clientele`) and resolves with the exit code.
 * Refusals are printed on stderr without a stack; only an unexpected failure shows one.
 * `serve` resolves once the server listens; the server keeps running.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`clientele: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
