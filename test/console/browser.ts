import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Dialect } from '../../src/db/database.js';
import { buildTestApp, type TestApp } from '../harness.js';

/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'web', 'dist');

/** The console's build, made now when the checkout has none (a fresh clone that skipped `npm install`'s build). */
export function ensureConsoleBuilt(): string {
  if (!existsSync(join(dist, 'index.html'))) {
    const built = spawnSync('npm', ['run', 'build', '-w', '@clientele/web'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0 || !existsSync(join(dist, 'index.html'))) {
      throw new Error('web/dist is missing and `npm run build -w @clientele/web` did not make it');
    }
  }
  return dist;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium's own connections are refused here and it stalls.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ConsoleServer extends TestApp {
  /** http://127.0.0.1:<port> */
  origin: string;
}

/** A test app on a free port, serving the built console. */
export async function startConsoleServer(dialect: Dialect): Promise<ConsoleServer> {
  ensureConsoleBuilt();
  const testApp = await buildTestApp(dialect);
  const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...testApp, origin: address };
}

/**
 * A page that fails its test on any console error (a CSP refusal is one) or uncaught exception; `errors` holds
 * them for the assertion at the end.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Chromium logs every 4xx answer as a resource error; the tests provoke those on purpose (a wrong key, a 412,
    // a validation error) and check what the page makes of them. Anything else (a CSP refusal) is a failure.
    const text = message.text();
    if (
      message.type() === 'error' &&
      !/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)
    ) {
      errors.push(text);
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, close: () => context.close() };
}

/** Signs in through the form. */
export async function signIn(page: Page, origin: string, apiKey: string, path = '/app/contacts'): Promise<void> {
  await page.goto(origin + path);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The page's CSP refuses inline script (addScriptTag is one), so axe is evaluated through the DevTools
  // protocol, which the CSP does not govern; the page's own scripts stay under the CSP.
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<any> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (results.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
