import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { run } from '../../src/cli/main.js';
import { dialects } from '../harness.js';
import { all, type SdkServer, startServer } from '../sdk/support.js';

/**
 * `clientele import contacts` run in-process, as the bin runs it, against a server listening on a port,
 * on each database: what the rows become, what the summary and errors file say, and that a second run
 * changes nothing.
 */

async function cli(args: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await run(args, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: { LOG_LEVEL: 'silent', ...env },
  });
  return { code, ...out };
}

for (const dialect of dialects()) {
  describe(`clientele import contacts [${dialect}]`, () => {
    let server: SdkServer;
    let dir: string;
    let ownerEmail: string;
    let files = 0;
    const write = (text: string) => {
      const path = join(dir, `contacts-${++files}.csv`);
      writeFileSync(path, text);
      return path;
    };
    const importFile = (path: string, ...more: string[]) =>
      cli(['import', 'contacts', path, '--url', server.baseUrl, '--key', server.apiKey, ...more]);
    /** What a later read shows of every contact: enough to tell any write. */
    const snapshot = async () =>
      (await all(server.api.contacts.list({ limit: 200 })))
        .map((c) => ({ id: c.id, version: c.version, modifiedAt: c.modifiedAt }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const eventCount = async () => (await all(server.api.events.list({ limit: 200 }))).length;

    before(async () => {
      server = await startServer(dialect);
      dir = mkdtempSync(join(tmpdir(), 'clientele-import-'));
      ownerEmail = 'owner@agency.example';
      await server.api.users.create({ name: 'Olive Owner', email: ownerEmail });
      await server.api.attributes.create('clientContact', { label: 'Notes', key: 'notes', type: 'text' });
      await server.api.attributes.create('clientContact', {
        label: 'Seniority',
        key: 'seniority',
        type: 'select',
        options: ['Junior', 'Senior'],
      });
      await server.api.clients.create({ company: { name: 'Globex' } });
    });
    after(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('imports an awkward file: BOM, ;, quoted line breaks, blank lines, aliases, a long field, unknown columns', async () => {
      const notes = 'n'.repeat(10_000);
      const stages = await server.api.stages.list('client-contacts');
      const path = write(
        '\uFEFFGiven name;Surname;E-mail;Job title;Company;Mobile;Stage;Owner;Notes;Seniority;Favourite colour\r\n' +
          `Ada;Lovelace;ada@acme.example;"Head of\r\nEngineering; R&D";Acme;+44 20 7946 0001;${stages[1].name};${ownerEmail};"${notes}";Senior;green\r\n` +
          '\r\n' +
          'Grace;Hopper;grace@acme.example;"Rear ""Amazing"" Admiral";ACME;;;;;;blue\r\n' +
          ';;;;;;;;;;\r\n' +
          'Hedy;Lamarr;hedy@globex.example;Inventor;globex;;;;;Junior;\r\n',
      );
      const res = await importFile(path);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /Ignoring 1 column\(s\) that name no contact field: Favourite colour\n/);
      assert.match(res.stderr, /3 rows: 3 created, 0 updated, 0 unchanged, 0 failed\./);
      assert.match(res.stderr, /Made 1 client\(s\): Acme\./);
      assert.equal(existsSync(join(dir, `contacts-${files}.errors.csv`)), false);

      const contacts = await all(server.api.contacts.list({ limit: 200 }));
      const byEmail = new Map(contacts.map((c) => [c.emails[0]?.email, c]));
      const ada = byEmail.get('ada@acme.example');
      assert.equal(ada?.role, 'Head of\r\nEngineering; R&D'.trim());
      assert.equal(ada?.client.company.name, 'Acme');
      assert.equal(ada?.stage?.id, stages[1].id);
      assert.equal(ada?.mainContact?.name, 'Olive Owner');
      assert.equal(ada?.phoneNumbers[0]?.phoneNumber, '+44 20 7946 0001');
      const custom = new Map(ada?.customAttributes.map((a) => [a.label, a.value]));
      assert.equal((custom.get('Notes') as string).length, 10_000);
      assert.equal(custom.get('Seniority'), 'Senior');
      const grace = byEmail.get('grace@acme.example');
      assert.equal(grace?.role, 'Rear "Amazing" Admiral');
      assert.equal(grace?.clientId, ada?.clientId, 'ACME and Acme are one client, made once');
      const clients = await all(server.api.clients.list({ limit: 200 }));
      assert.deepEqual(clients.map((c) => c.company.name).sort(), ['Acme', 'Globex'], 'Globex found, not made');
      assert.equal(byEmail.get('hedy@globex.example')?.client.company.name, 'Globex');
    });

    it('a second run of the same file changes nothing: same versions and modifiedAt, no new events', async () => {
      const path = write(
        'firstName,lastName,email,email2,company,role\n' +
          'Alan,Turing,alan@bletchley.example,a.turing@home.example,Bletchley,Cryptanalyst\n' +
          'Joan,Clarke,joan@bletchley.example,,Bletchley,Cryptanalyst\n',
      );
      const first = await importFile(path);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stderr, /2 rows: 2 created/);
      const before = await snapshot();
      const events = await eventCount();

      const second = await importFile(path);
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(await snapshot(), before);
      assert.equal(await eventCount(), events);
      const clients = await all(server.api.clients.list({ limit: 200 }));
      assert.equal(clients.filter((c) => c.company.name === 'Bletchley').length, 1, 'the client is not made again');

      // The same rows in another file (other batches, so no kept answer to replay): the upserts match and are no-ops.
      const reordered = write(
        'Company,Email,Email 2,First Name,Last Name,Role,Extra\n' +
          'Bletchley,joan@bletchley.example,,Joan,Clarke,Cryptanalyst,x\n' +
          'Bletchley,alan@bletchley.example,a.turing@home.example,Alan,Turing,Cryptanalyst,y\n',
      );
      const third = await importFile(reordered);
      assert.equal(third.code, 0, third.stderr);
      assert.match(third.stderr, /2 rows: 0 created, 0 updated, 2 unchanged, 0 failed\./);
      assert.deepEqual(await snapshot(), before);
      assert.equal(await eventCount(), events);
    });

    it('updates a matched contact and writes failed rows to FILE.errors.csv with their line and code', async () => {
      await server.api.contacts.create((await server.api.clients.create({ company: { name: 'Initech' } })).id, {
        firstName: 'Peter',
        lastName: 'Gibbons',
        emails: [{ email: 'peter@initech.example' }],
      });
      await server.api.contacts.create((await server.api.clients.create({ company: { name: 'Initrode' } })).id, {
        firstName: 'Michael',
        lastName: 'Bolton',
        emails: [{ email: 'michael@initrode.example' }],
      });
      const path = write(
        'firstName,lastName,email,email2,phone,company,startDate\n' +
          'Peter,Gibbons,peter@initech.example,,,Initech,2024-01-15\n' + // line 2: updated
          ',Nobody,nobody@initech.example,,,Initech,\n' + // line 3: no first name
          '"Samir\n(Sam)",Nagheenanajar,not-an-email,,,Initech,\n' + // line 4, spans two lines
          'Milton,Waddams,milton@initech.example,,phone?,Initech,\n' + // line 6: the server refuses the phone
          'Both,People,peter@initech.example,michael@initrode.example,,Initech,\n' + // line 7: two persons
          'Bill,Lumbergh,bill@initech.example,,,Initech,15/01/2024\n' + // line 8: bad date
          'Tom,Smykowski,tom@initech.example,,,,\n', // line 9: no client
      );
      const errorsPath = path.replace(/\.csv$/, '.errors.csv');
      writeFileSync(errorsPath, 'stale');
      const res = await importFile(path);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /7 rows: 0 created, 1 updated, 0 unchanged, 6 failed\./);
      assert.match(res.stderr, new RegExp(`The rows that failed are in ${errorsPath.replace(/[.\\]/g, '\\$&')}`));
      const lines = readFileSync(errorsPath, 'utf8').trimEnd().split('\n');
      assert.equal(lines[0], 'line,code,message');
      assert.deepEqual(
        lines.slice(1).map((line) => line.split(',').slice(0, 2).join(',')),
        [
          '3,VALIDATION_ERROR',
          '4,VALIDATION_ERROR',
          '6,VALIDATION_ERROR',
          '7,EMAIL_ALREADY_IN_USE',
          '8,VALIDATION_ERROR',
          '9,VALIDATION_ERROR',
        ],
      );
      assert.match(lines[1], /firstName: TOO_SMALL/);
      assert.match(lines[2], /email: INVALID_FORMAT/);
      assert.match(lines[3], /phoneNumbers\.0\.phoneNumber/);
      assert.match(lines[4], /peter@initech\.example|michael@initrode\.example/);
      assert.match(lines[5], /startDate: INVALID_FORMAT/);
      assert.match(lines[6], /company: REQUIRED/);
      const peter = (await all(server.api.contacts.list({ email: 'peter@initech.example' })))[0];
      assert.equal(peter.startDate, '2024-01-15T00:00:00.000Z');
      assert.equal(peter.version, 2);

      // --strict: the same outcome, exit 3. Fixed rows then leave no errors file behind.
      const strict = await importFile(path, '--strict');
      assert.equal(strict.code, 3, strict.stderr);
      assert.match(strict.stderr, /6 row\(s\) failed \(--strict\)/);
      const fixed = write('firstName,lastName,email,company\nMilton,Waddams,milton@initech.example,Initech\n');
      const fixedErrors = fixed.replace(/\.csv$/, '.errors.csv');
      writeFileSync(fixedErrors, 'stale');
      assert.equal((await importFile(fixed, '--strict')).code, 0);
      assert.equal(existsSync(fixedErrors), false);
    });

    it('--client-id puts every row at one client; --client-column names the column', async () => {
      const client = await server.api.clients.create({ company: { name: 'Umbrella' } });
      const path = write('First Name,Last Name,Email,Company\nAlice,Abernathy,alice@umbrella.example,Ignored Inc\n');
      const res = await importFile(path, '--client-id', client.id);
      assert.equal(res.code, 0, res.stderr);
      const alice = (await all(server.api.contacts.list({ email: 'alice@umbrella.example' })))[0];
      assert.equal(alice.clientId, client.id);

      const byColumn = write('First Name,Last Name,Email,Account\nJill,Valentine,jill@umbrella.example,Umbrella\n');
      const named = await importFile(byColumn, '--client-column', 'account');
      assert.equal(named.code, 0, named.stderr);
      assert.doesNotMatch(named.stderr, /Ignoring/);
      const jill = (await all(server.api.contacts.list({ email: 'jill@umbrella.example' })))[0];
      assert.equal(jill.clientId, client.id);

      const missing = await importFile(byColumn, '--client-column', 'Employer');
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /has no column "Employer" \(--client-column\)/);
      const unknown = await importFile(path, '--client-id', '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /No client with id 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d/);
    });

    it('--dry-run checks every row and looks up clients, and writes nothing', async () => {
      const path = write(
        'firstName,lastName,email,company,stage\n' +
          'New,Person,new.person@newco.example,Newco,\n' +
          'Other,Person,other@newco.example,NEWCO,\n' +
          'Old,Friend,old@globex.example,Globex,\n' +
          'Bad,Stage,bad@globex.example,Globex,No such stage\n',
      );
      const contacts = await snapshot();
      const clients = (await all(server.api.clients.list({ limit: 200 }))).length;
      const events = await eventCount();
      const res = await importFile(path, '--dry-run');
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /4 rows: 3 would be imported, 1 have problems\./);
      assert.match(res.stderr, /Would make 1 client\(s\): Newco\./);
      assert.match(res.stderr, /Nothing was written to the server\./);
      assert.match(
        readFileSync(path.replace(/\.csv$/, '.errors.csv'), 'utf8'),
        /^line,code,message\n5,STAGE_NOT_FOUND,/,
      );
      assert.deepEqual(await snapshot(), contacts);
      assert.equal((await all(server.api.clients.list({ limit: 200 }))).length, clients);
      assert.equal(await eventCount(), events);
    });

    it('waits out a database outage shorter than the retries (503) and imports every row', {
      skip: dialect !== 'sqlite',
    }, async () => {
      const path = write(
        'firstName,lastName,email,company\nWait,Ing,wait@outage.example,Outage Ltd\nStill,There,still@outage.example,Outage Ltd\n',
      );
      await server.api.clients.create({ company: { name: 'Outage Ltd' } });
      // Another process holds the file's write lock for longer than a write waits for it (5 s), then lets go.
      const { rows } = await sql<{ file: string }>`pragma database_list`.execute(server.ctx.db.kysely);
      const other = new SQLite(rows[0].file);
      other.exec('begin immediate');
      const released = new Promise((resolve) => setTimeout(resolve, 6500)).then(() => {
        other.exec('rollback');
        other.close();
      });
      const res = await importFile(path);
      await released;
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /2 rows: 2 created, 0 updated, 0 unchanged, 0 failed\./);
      assert.equal(existsSync(path.replace(/\.csv$/, '.errors.csv')), false);
      assert.equal((await all(server.api.contacts.list({ email: 'still@outage.example' }))).length, 1);
    });

    it('says why a file could not be processed, with exit 1 (2 for usage mistakes)', async () => {
      const path = write('firstName,lastName,email,company\nA,B,a@b.example,C\n');
      const badKey = await cli(['import', 'contacts', path, '--url', server.baseUrl, '--key', 'ck_nope']);
      assert.equal(badKey.code, 1);
      assert.match(badKey.stderr, /refused the API key \(401 INVALID_API_KEY\)/);

      const noServer = await cli(['import', 'contacts', path, '--url', 'http://127.0.0.1:1', '--key', server.apiKey]);
      assert.equal(noServer.code, 1);
      assert.match(noServer.stderr, /Could not reach the server at http:\/\/127\.0\.0\.1:1 .*Is it running\?/);

      const missing = await importFile(join(dir, 'nowhere.csv'));
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /Cannot read .*nowhere\.csv: no such file\./);

      const empty = await importFile(write(''));
      assert.equal(empty.code, 1);
      assert.match(empty.stderr, /is empty: it needs a header line/);

      const noClient = await importFile(write('firstName,lastName,email\nA,B,a@b.example\n'));
      assert.equal(noClient.code, 1);
      assert.match(noClient.stderr, /names no client: add a clientId or company column/);

      const openQuote = await importFile(write('firstName,lastName,email,company\n"A,B,a@b.example,C\n'));
      assert.equal(openQuote.code, 1);
      assert.match(openQuote.stderr, /is not a CSV file this can read/);

      assert.equal((await cli(['import', 'contacts', '--key', server.apiKey])).code, 2);
      const both = await importFile(path, '--client-id', 'x', '--client-column', 'company');
      assert.equal(both.code, 2);
      assert.match(both.stderr, /Pass --client-id or --client-column, not both\./);
      const noKey = await cli(['import', 'contacts', path, '--url', server.baseUrl]);
      assert.equal(noKey.code, 2);
      assert.match(noKey.stderr, /An API key is needed/);

      const help = await cli(['import', 'contacts', '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Exit codes: 0 the file was processed, even when rows failed/);
      assert.match(help.stdout, /3 with --strict/);
    });
  });
}
