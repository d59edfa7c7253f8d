import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import type { Clientele } from '../../sdk/src/index.js';
import { run } from '../../src/cli/main.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { dialects } from '../harness.js';
import { all, type SdkServer, startServer } from '../sdk/support.js';
import { CliProcess } from '../server/child-process.js';

/**
 * An import killed halfway (SIGKILL: no chance to tidy up) and then run again ends where one uninterrupted
 * run of the same file ends: the batches that finished are replayed by their idempotency keys, the clients
 * are found instead of made again, and the rest runs.
 */

const ROWS = 2000;

function csv(stage: string): string {
  const rows = [['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Job title', 'Stage']];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      `First${i}`,
      `Last${i % 97}`,
      `person${i}@example.com`,
      `+44 20 7${String(i).padStart(7, '0')}`,
      `Company ${i % 37}`,
      i % 2 === 0 ? 'CTO' : '',
      i % 3 === 0 ? stage : '',
    ]);
  }
  return stringify(rows);
}

/** What a tenant holds after the import, without ids and times (they differ between tenants by nature). */
async function state(api: Clientele) {
  const contacts = (await all(api.contacts.list({ limit: 200 })))
    .map((c) =>
      JSON.stringify([
        c.emails.map((e) => e.email),
        c.firstName,
        c.lastName,
        c.role,
        c.phoneNumbers.map((p) => p.phoneNumber),
        c.client.company.name,
        c.stage?.name,
        c.version,
      ]),
    )
    .sort();
  const clients = (await all(api.clients.list({ limit: 200 }))).map((c) => `${c.company.name} v${c.version}`).sort();
  const events = (await all(api.events.list({ limit: 200 }))).map((e) => e.type).sort();
  return { contacts, clients, events };
}

async function inProcess(args: string[]) {
  let stderr = '';
  const code = await run(args, {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
    env: { LOG_LEVEL: 'silent' },
  });
  return { code, stderr };
}

for (const dialect of dialects()) {
  describe(`an interrupted import run again [${dialect}]`, () => {
    let server: SdkServer;
    let dir: string;
    let file: string;
    before(async () => {
      server = await startServer(dialect);
      dir = mkdtempSync(join(tmpdir(), 'clientele-import-slow-'));
      file = join(dir, 'contacts.csv');
      writeFileSync(file, csv((await server.api.stages.list('client-contacts'))[1].name));
    });
    after(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('ends in the same state as one uninterrupted run', { timeout: 600_000 }, async () => {
      const importArgs = (key: string) => ['import', 'contacts', file, '--url', server.baseUrl, '--key', key];
      const other = await createTenant(server.ctx, 'uninterrupted');
      const interruptedApi = server.api;
      const uninterruptedApi = server.sdk({ apiKey: other.apiKey });

      // Two batches in flight, so that it is still running when some of its rows are in.
      const killed = new CliProcess([...importArgs(server.apiKey), '--concurrency', '2'], {});
      try {
        // Killed once a fifth of the rows are in: some batches done, some in flight, the rest not sent.
        for (;;) {
          const { count } = await server.ctx.db.kysely
            .selectFrom('client_contacts')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
          if (Number(count) >= ROWS / 5) break;
          if (killed.child.exitCode !== null) assert.fail(`the import ended before it was killed:\n${killed.stderr}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        killed.child.kill('SIGKILL');
        await killed.exitCode();
      } finally {
        killed.kill();
      }
      assert.equal(killed.child.signalCode, 'SIGKILL');
      assert.doesNotMatch(killed.stderr, /rows: .* created/, 'killed before its summary');
      const partial = (await all(interruptedApi.contacts.list({ limit: 200 }))).length;
      assert.ok(partial > 0 && partial < ROWS, `killed halfway (${partial} of ${ROWS} contacts)`);

      const rerun = await inProcess(importArgs(server.apiKey));
      assert.equal(rerun.code, 0, rerun.stderr);
      const whole = await inProcess(importArgs(other.apiKey));
      assert.equal(whole.code, 0, whole.stderr);
      assert.match(
        whole.stderr,
        new RegExp(`${ROWS.toLocaleString('en-US')} rows: ${ROWS.toLocaleString('en-US')} created`),
      );

      const interrupted = await state(interruptedApi);
      const uninterrupted = await state(uninterruptedApi);
      assert.equal(interrupted.contacts.length, ROWS);
      assert.equal(interrupted.clients.length, 37);
      assert.deepEqual(interrupted.contacts, uninterrupted.contacts);
      assert.deepEqual(interrupted.clients, uninterrupted.clients);
      assert.deepEqual(interrupted.events, uninterrupted.events);
    });
  });
}
