import type { Clientele } from '@clientele/sdk';
import { CliError, type CliIo, type OptionSpec, usageError } from './command.js';

/*
 * The data commands (API.md §6) talk to a running server through the SDK, not to the database, so that they
 * work against any deployment: `--url` (default http://127.0.0.1:3000) and `--key` or CLIENTELE_API_KEY.
 */

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:3000';

/** The options every data command takes, for its `options` spec. */
export const REMOTE_OPTIONS: OptionSpec = { url: { type: 'string' }, key: { type: 'string' } };

/** The lines that document REMOTE_OPTIONS in a command's help. */
export const REMOTE_HELP = `  --url URL     the server (default ${DEFAULT_SERVER_URL})
  --key KEY     the tenant's API key (default: the CLIENTELE_API_KEY environment variable)`;

/** An SDK client for the server and key the command line names; a usage error when either is missing or bad. */
export async function remoteApi(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  help: string,
): Promise<Clientele> {
  const url = typeof values.url === 'string' ? values.url : DEFAULT_SERVER_URL;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw usageError(help, `--url must be an http:// or https:// URL, not ${url}.`);
  }
  const apiKey = typeof values.key === 'string' ? values.key : io.env.CLIENTELE_API_KEY;
  if (!apiKey) throw usageError(help, 'An API key is needed: pass --key KEY or set CLIENTELE_API_KEY.');
  const { Clientele } = await import('@clientele/sdk');
  return new Clientele({ baseUrl: url.replace(/\/+$/, ''), apiKey });
}

/** A failure talking to the server, said in one line: refused connection, bad key, or the error code. */
export async function describeRemoteFailure(error: unknown, url: string): Promise<CliError> {
  const { ClienteleError } = await import('@clientele/sdk');
  if (error instanceof ClienteleError) {
    if (error.status === 401) return new CliError(`The server at ${url} refused the API key (401 INVALID_API_KEY).`);
    return new CliError(`The server at ${url} answered ${error.status} ${error.code} (request ${error.requestId}).`);
  }
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
  return new CliError(`Could not reach the server at ${url} (${cause}). Is it running? Pick another with --url.`);
}
