import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from '../../http/route-module.js';

/**
 * What every /app answer carries (API.md §7): the page holds an API key, so nothing but this origin's own
 * files may run or be fetched, it may not be framed, and no key-bearing URL leaks through a Referer.
 */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Vite names every file under assets/ by its content hash: a changed file is a new URL, so caching is for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidated, so a deploy is seen on the next load. */
const REVALIDATE = 'no-cache';

/**
 * The console's build, `web/dist` of this checkout, looked up from this file (not the working directory) so it
 * is found when run from src/ (tsx) or dist/src/, and from any directory.
 */
export function defaultConsoleDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'clientele') return join(dir, 'web', 'dist');
    } catch {
      // No package.json at this level: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The web console at /app/ (API.md §7): its static build, with index.html for every client route so that a
 * reloaded or shared link such as /app/contacts/<id> opens that page. The files need no key (the page asks for
 * one); the API calls they make do. When the console was not built the routes are not registered at all: /app/
 * is then an ordinary 404 and GET / does not link to it.
 */
export async function registerConsole(app: App, options: { dir?: string } = {}): Promise<void> {
  const root = options.dir ?? defaultConsoleDir();
  if (!root || !existsSync(join(root, 'index.html'))) return;

  await app.register(async (scope) => {
    // preCompressed: the build's .br and .gz copies go to browsers that accept them (Vary: Accept-Encoding).
    await scope.register(fastifyStatic, { root, serve: false, preCompressed: true });
    scope.addHook('onRequest', async (_request, reply) => {
      reply.headers(CONSOLE_SECURITY_HEADERS);
    });
    const route = { config: { public: true }, schema: { hide: true } } as const;

    const index = (reply: FastifyReply) =>
      reply.header('cache-control', REVALIDATE).sendFile('index.html', root, { cacheControl: false });

    // 308 keeps the method; the query string goes along.
    scope.get('/app', route, async (request, reply) => {
      const q = request.url.indexOf('?');
      return reply.redirect(`/app/${q < 0 ? '' : request.url.slice(q)}`, 308);
    });
    scope.get('/app/', route, async (_request, reply) => index(reply));
    scope.get('/app/*', route, async (request, reply) => {
      const path = (request.params as { '*': string })['*'];
      // A missing asset is a 404 (a stale page asking for an old hash), never index.html served as script.
      if (path.startsWith('assets/')) {
        if (path.split('/').includes('..')) return reply.callNotFound();
        return reply.header('cache-control', IMMUTABLE).sendFile(path, root, { cacheControl: false });
      }
      // Files at the top of the build (an icon, robots.txt) as they are; anything else is a client route.
      if (!path.includes('/') && path !== 'index.html' && isFile(join(root, path))) {
        return reply.header('cache-control', REVALIDATE).sendFile(path, root, { cacheControl: false });
      }
      return index(reply);
    });
  });
}
