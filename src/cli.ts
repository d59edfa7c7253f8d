#!/usr/bin/env node
import { CliError, type Command, runCommand } from './cli/command.js';
import { demo } from './cli/demo.command.js';
import { migrate } from './cli/migrate.command.js';
import { serve } from './cli/serve.command.js';
import { keyCreate, keyList, keyRevoke, tenantCreate, tenantRequireIfMatch } from './cli/tenant.commands.js';

/** Every command, by the words that name it. */
const commands: Record<string, Command> = {
  serve,
  migrate,
  'tenant create': tenantCreate,
  'tenant require-if-match': tenantRequireIfMatch,
  'key create': keyCreate,
  'key list': keyList,
  'key revoke': keyRevoke,
  demo,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: clientele <command> [options]

Commands:
${lines.join('\n')}

Run "clientele <command> --help" for a command's options. Settings come from the environment
(DATABASE_URL, PORT, HOST, LOG_LEVEL, RATE_LIMIT_PER_MINUTE, REDIS_URL, MIGRATE_ON_START, …).`;
}

/** The command named by the leading words of argv (one or two), and the arguments after them. */
function resolve(argv: string[]): { command?: Command; rest: string[] } {
  const two = argv.slice(0, 2).join(' ');
  if (commands[two]) return { command: commands[two], rest: argv.slice(2) };
  if (commands[argv[0] ?? '']) return { command: commands[argv[0]], rest: argv.slice(1) };
  return { rest: argv };
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  const { command, rest } = resolve(argv);
  if (!command) {
    const group = Object.keys(commands).filter((name) => name.startsWith(`${argv[0]} `));
    if (group.length > 0 && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      process.stdout.write(
        `Usage:\n${group.map((name) => `  clientele ${name}  ${commands[name].summary}`).join('\n')}\n`,
      );
      return;
    }
    throw new CliError(`Unknown command: ${argv.slice(0, group.length > 0 ? 2 : 1).join(' ')}\n\n${usage()}`, 2);
  }
  await runCommand(command, rest);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`clientele: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
