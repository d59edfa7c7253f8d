import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { run } from '../../src/cli/main.js';
import { setExportBatchSize } from '../../src/modules/client-contacts/client-contact.export.routes.js';
import { eventually, exportBackend, makeBigContacts } from '../client-contacts/export-support.js';
import {
  allContacts,
  archiveContact,
  contactStages,
  makeClient,
  makeContact,
  makeUser,
} from '../client-contacts/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

/** The command line run in this process against the test server, with what it printed and its exit code. */
async function cli(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await run(args, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: Object.assign(
      { write: (text: string) => (out.stderr += text) },
      options.tty ? { isTTY: true, columns: 100 } : {},
    ),
    env: { LOG_LEVEL: 'silent', ...options.env },
  });
  return { code, ...out };
}

const SUMMARY = /^Exported (\d+) contacts(?: to \S+)? in \d+\.\d s \([\d,]+ rows\/s\)\.$/m;

for (const dialect of dialects()) {
  describe(`clientele export contacts [${dialect}]`, () => {
    let t: TestApp;
    let url: string;
    let remote: string[];
    let dir: string;
    let acme: string;
    let globex: string;
    let ownerId: string;
    let stageId: string;

    before(async () => {
      t = await buildTestApp(dialect);
      setExportBatchSize(t.ctx, 2);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      remote = ['--url', url, '--key', t.client.apiKey];
      dir = mkdtempSync(join(tmpdir(), 'clientele-export-'));
      acme = await makeClient(t.client, 'Acme');
      globex = await makeClient(t.client, 'Globex, "Intl"');
      ownerId = await makeUser(t.client, 'Olga Owner');
      stageId = (await contactStages(t.client))[2].id;
      await makeContact(t.client, acme, {
        firstName: 'Ann',
        lastName: 'Alpha',
        role: 'Line one\nline two',
        emails: [{ email: 'ann@acme.example' }],
        mainContactId: ownerId,
      });
      await makeContact(t.client, acme, { firstName: 'Bob', lastName: 'Beta', stageId });
      await makeContact(t.client, globex, {
        firstName: 'Cat',
        lastName: 'Gamma',
        emails: [{ email: 'cat@globex.example' }],
      });
      const gone = await makeContact(t.client, globex, { firstName: 'Dan', lastName: 'Delta' });
      await archiveContact(t.client, gone.id);
    });
    after(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes the CSV to stdout exactly as the server sends it, with a summary on stderr', async () => {
      const result = await cli(['export', 'contacts', ...remote]);
      assert.equal(result.code, 0, result.stderr);
      const served = await t.client.request('GET', '/clients/contacts/_export?format=csv');
      assert.equal(result.stdout, served.text);
      assert.match(result.stdout, /^id,candidateId,clientId,clientName,/);
      assert.equal(SUMMARY.exec(result.stderr)?.[1], '3');
    });

    it('writes NDJSON to a file, one list item per line, and leaves nothing else behind', async () => {
      const file = join(dir, 'contacts.ndjson');
      const result = await cli([
        'export',
        'contacts',
        '--format',
        'ndjson',
        '--out',
        file,
        '--include-archived',
        ...remote,
      ]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`Exported 4 contacts to ${file.replace(/[.]/g, '\\.')} in`));
      const lines = readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(lines, await allContacts(t.client, 'includeArchived=true'));
      assert.ok(!existsSync(`${file}.partial`));
    });

    it('passes the filters on as the list takes them', async () => {
      const cases: [string[], string][] = [
        [['--client-id', acme], `clientIds=${acme}`],
        [['--client-id', acme, '--client-id', globex], `clientIds=${acme},${globex}`],
        [
          ['--client-id', `${acme},${globex}`, '--include-archived'],
          `clientIds=${acme},${globex}&includeArchived=true`,
        ],
        [['--stage-id', stageId], `stageIds=${stageId}`],
        [['--owner-id', ownerId], `mainContactIds=${ownerId}`],
        [['--active', 'false', '--include-archived'], 'active=false&includeArchived=true'],
        [['--q', 'ca'], 'q=ca'],
        [['--email', 'ANN@acme.example'], 'email=ANN%40acme.example'],
      ];
      for (const [options, query] of cases) {
        const result = await cli(['export', 'contacts', '--format', 'ndjson', ...options, ...remote]);
        assert.equal(result.code, 0, result.stderr);
        const lines =
          result.stdout === ''
            ? []
            : result.stdout
                .trimEnd()
                .split('\n')
                .map((line) => JSON.parse(line));
        const expected = await allContacts(t.client, query);
        assert.ok(expected.length > 0, query);
        assert.deepEqual(lines, expected, options.join(' '));
      }
      const all = await allContacts(t.client, '');
      const since = all[1].modifiedAt;
      const result = await cli(['export', 'contacts', '--format', 'ndjson', '--modified-since', since, ...remote]);
      assert.equal(result.stdout.trimEnd().split('\n').length, all.filter((c) => c.modifiedAt >= since).length);
    });

    it('shows a progress line on a terminal', async () => {
      const result = await cli(['export', 'contacts', ...remote], { tty: true });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /Exporting 3 rows \| [\d,]+ rows\/s/);
      assert.match(result.stderr, SUMMARY);
    });

    it('refuses usage mistakes (2) and says what the server refused (1), leaving no file', async () => {
      const usage = [['--format', 'xml'], ['--active', 'maybe'], ['--client-id', ','], ['--nonsense']];
      for (const options of usage) {
        const result = await cli(['export', 'contacts', ...options, ...remote]);
        assert.equal(result.code, 2, options.join(' '));
        assert.match(result.stderr, /Usage: clientele export contacts/);
      }
      const file = join(dir, 'refused.csv');
      const refused = await cli(['export', 'contacts', '--modified-since', 'yesterday', '--out', file, ...remote]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /answered 400 VALIDATION_ERROR/);
      assert.match(refused.stderr, /modifiedSince: INVALID_FORMAT/);
      assert.ok(!existsSync(file) && !existsSync(`${file}.partial`));

      const badKey = await cli([
        'export',
        'contacts',
        '--url',
        url,
        '--key',
        'ck_wrong00000000000000000000000000000000',
      ]);
      assert.equal(badKey.code, 1);
      assert.match(badKey.stderr, /refused the API key \(401 INVALID_API_KEY\)/);
      const noKey = await cli(['export', 'contacts', '--url', url]);
      assert.equal(noKey.code, 2);
      const fromEnv = await cli(['export', 'contacts', '--url', url], { env: { CLIENTELE_API_KEY: t.client.apiKey } });
      assert.equal(fromEnv.code, 0, fromEnv.stderr);

      const nowhere = await cli(['export', 'contacts', '--out', join(dir, 'missing', 'x.csv'), ...remote]);
      assert.equal(nowhere.code, 1);
      assert.match(nowhere.stderr, /Could not write/);
      const unreachable = await cli(['export', 'contacts', '--url', 'http://127.0.0.1:9', '--key', t.client.apiKey]);
      assert.equal(unreachable.code, 1);
      assert.match(unreachable.stderr, /Could not reach the server at http:\/\/127\.0\.0\.1:9/);
    });

    if (dialect === 'postgres') {
      it('exits 1 saying the export was cut short when the database fails mid-export', async () => {
        const big = await makeClient(t.client, 'Big Rows');
        await makeBigContacts(t.client, big);
        // A stdout that holds its first write until told: the export waits on it, mid-way.
        const stdout = Object.assign(new EventEmitter(), {
          written: 0,
          write(text: string) {
            stdout.written += text.length;
            return false;
          },
        });
        let stderr = '';
        const running = run(['export', 'contacts', '--format', 'ndjson', '--client-id', big, ...remote], {
          stdout,
          stderr: { write: (text: string) => (stderr += text) },
          env: { LOG_LEVEL: 'silent' },
        });
        await eventually(
          'the export has begun',
          async () => stdout.written > 0 && (await exportBackend(t.db)) !== undefined,
        );
        const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [await exportBackend(t.db)]);
        await admin.end();
        const drain = setInterval(() => stdout.emit('drain'), 5);
        const code = await running;
        clearInterval(drain);
        assert.equal(code, 1, stderr);
        assert.match(
          stderr,
          /The export from http:\/\/127\.0\.0\.1:\d+ was cut short after [\d,]+ rows .*the output is incomplete/,
        );
        assert.doesNotMatch(stderr, /^Exported/m);
      });
    }

    it('is listed and documented', async () => {
      const help = await cli(['export', 'contacts', '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: clientele export contacts \[--format csv\|ndjson\] \[--out FILE\]/);
      assert.match((await cli(['--help'])).stdout, /export contacts {2,}Write contacts as CSV or NDJSON/);
    });
  });
}
