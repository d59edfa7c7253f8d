import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { batchKey, describeFailure, outcomeOf } from '../../src/cli/import/batch-results.js';
import { clientRefOf } from '../../src/cli/import/clients.js';
import { mapColumns, normalizeHeader } from '../../src/cli/import/columns.js';
import { countCsvRecords, detectDelimiter, readCsvRecords } from '../../src/cli/import/csv-rows.js';
import { ErrorsFile, errorsFilePath } from '../../src/cli/import/errors-file.js';
import { startProgress } from '../../src/cli/import/progress.js';
import { attributeValue, type Lookups, rowToContact } from '../../src/cli/import/row-to-contact.js';

/** The pure parts of `clientele import contacts`: reading the file, mapping headers, a row's upsert body. */

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clientele-import-csv-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(text: string): string {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, text);
  return path;
}

async function records(text: string) {
  const out: { line: number; cells: string[] }[] = [];
  for await (const record of readCsvRecords(file(text))) out.push(record);
  return out;
}

describe('reading an import file', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, with the line each record starts on', async () => {
    const got = await records(
      'firstName,lastName,role\n"Smith, Jane","O""Neil","Head of\nPeople\n(acting)"\nAda,Lovelace,CTO\n',
    );
    assert.deepEqual(got, [
      { line: 1, cells: ['firstName', 'lastName', 'role'] },
      { line: 2, cells: ['Smith, Jane', 'O"Neil', 'Head of\nPeople\n(acting)'] },
      { line: 5, cells: ['Ada', 'Lovelace', 'CTO'] },
    ]);
  });

  it('drops a UTF-8 BOM, skips blank lines (and rows of bare separators) and keeps counting lines', async () => {
    const got = await records('\uFEFFEmail,Name\r\n\r\na@x.io,A\r\n,\r\n\r\nb@x.io,"B\r\nB"\r\nc@x.io,C');
    assert.deepEqual(
      got.map((r) => [r.line, r.cells]),
      [
        [1, ['Email', 'Name']],
        [3, ['a@x.io', 'A']],
        [6, ['b@x.io', 'B\r\nB']],
        [8, ['c@x.io', 'C']],
      ],
    );
  });

  it('tells a ; separated file from its header line, even when data cells hold commas', async () => {
    assert.equal(detectDelimiter('a;b;c\n1,2;3'), ';');
    assert.equal(detectDelimiter('"a;b",c\n'), ',');
    assert.equal(detectDelimiter('\uFEFFfirst name;last name;e-mail\n'), ';');
    const got = await records('First Name;Last Name;Role\nJean;Dupont;"Directeur, ventes"\nMarie;Curie;1,5\n');
    assert.deepEqual(got[1].cells, ['Jean', 'Dupont', 'Directeur, ventes']);
    assert.deepEqual(got[2].cells, ['Marie', 'Curie', '1,5']);
  });

  it('reads a 10,000-character field whole', async () => {
    const long = 'x'.repeat(10_000);
    const got = await records(`firstName,notes\nA,"${long}"\nB,short\n`);
    assert.equal(got[1].cells[1].length, 10_000);
    assert.deepEqual(got[2], { line: 3, cells: ['B', 'short'] });
  });

  it('counts data records for the progress bar (header and blank lines left out)', async () => {
    assert.equal(await countCsvRecords(file('a,b\n1,2\n\n"3\n",4\n')), 2);
    assert.equal(await countCsvRecords(file('')), 0);
  });

  it('fails on a quote left open (the command says the file cannot be read)', async () => {
    await assert.rejects(records('a,b\n"1,2\n'), (error: { code?: string }) => error.code?.startsWith('CSV_') ?? false);
  });
});

describe('mapping headers', () => {
  it('ignores case, spaces, - and _', () => {
    assert.equal(normalizeHeader(' First-Name_ '), 'firstname');
    const map = mapColumns(['FIRST NAME', 'last_name', 'e-mail', 'Email 2', 'phone-3'], []);
    assert.deepEqual(map.fields, { firstName: 0, lastName: 1, email: 2, email2: 3, phone3: 4 });
  });

  it('accepts the export columns and the common aliases, and reports the rest once', () => {
    const map = mapColumns(
      [
        'id',
        'Email Address',
        'Job title',
        'Company Name',
        'Given name',
        'Surname',
        'Mobile',
        'Telephone',
        'Owner',
        'Seniority',
        'Favourite colour',
        'modifiedAt',
      ],
      ['seniority'],
    );
    assert.deepEqual(map.fields, {
      email: 1,
      role: 2,
      clientName: 3,
      firstName: 4,
      lastName: 5,
      phone: 6,
      owner: 8,
    });
    assert.deepEqual([...map.attributes], [['seniority', 9]]);
    assert.deepEqual(map.unknown, ['Telephone', 'Favourite colour']);
    assert.deepEqual(map.ignored, ['id', 'modifiedAt']);
    for (const [header, field] of [
      ['Title', 'role'],
      ['Position', 'role'],
      ['Company', 'clientName'],
      ['Organisation', 'clientName'],
      ['Family name', 'lastName'],
      ['E-Mail', 'email'],
    ]) {
      assert.equal(mapColumns([header], []).fields[field as 'role'], 0, header);
    }
  });
});

const lookups: Lookups = {
  stages: new Map([['qualified', 'stage-1']]),
  users: new Map([['owner@agency.example', 'user-1']]),
  attributes: new Map([
    ['seniority', { id: 'def-1', type: 'select' }],
    ['budget', { id: 'def-2', type: 'currency' }],
    ['headcount', { id: 'def-3', type: 'number' }],
  ]),
};

describe('a row as an upsert body', () => {
  const headers = [
    'firstName',
    'lastName',
    'role',
    'email',
    'email2',
    'phone',
    'stage',
    'owner',
    'startDate',
    'endDate',
    'seniority',
    'budget',
    'headcount',
  ];
  const map = mapColumns(headers, ['seniority', 'budget', 'headcount']);

  it('sends the filled cells, the first email and phone primary, stage and owner by name and email', () => {
    const row = [
      ' Jane ',
      'Doe',
      '',
      'jane@acme.example',
      'j.doe@home.example',
      '+44 20 7946 0000',
      'QUALIFIED',
      'Owner@Agency.example',
      '2024-03-01',
      '',
      'Senior',
      'EUR 1200.50',
      '12',
    ];
    assert.deepEqual(rowToContact(row, map, lookups), {
      body: {
        firstName: 'Jane',
        lastName: 'Doe',
        emails: [{ email: 'jane@acme.example', isPrimary: true }, { email: 'j.doe@home.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0000', isPrimary: true }],
        stageId: 'stage-1',
        mainContactId: 'user-1',
        startDate: '2024-03-01T00:00:00Z',
        customAttributes: [
          { attributeDefinitionId: 'def-1', value: 'Senior' },
          { attributeDefinitionId: 'def-2', value: { amount: 1200.5, currency: 'EUR' } },
          { attributeDefinitionId: 'def-3', value: 12 },
        ],
      },
    });
  });

  it('names every problem of a row: missing name, bad email, unknown stage and owner, bad date and value', () => {
    const row = [
      '',
      'Doe',
      '',
      'not-an-email',
      '',
      '',
      'Nowhere',
      'ghost@x.example',
      '01/03/2024',
      '',
      '',
      '12',
      'many',
    ];
    const result = rowToContact(row, map, lookups);
    assert.deepEqual(
      result.problems?.map((p) => `${p.code} ${p.message}`),
      [
        'VALIDATION_ERROR firstName: TOO_SMALL is required',
        'VALIDATION_ERROR email: INVALID_FORMAT is not an email address',
        'STAGE_NOT_FOUND stage: no stage named "Nowhere"',
        'USER_NOT_FOUND owner: no active user with the email "ghost@x.example"',
        'VALIDATION_ERROR startDate: INVALID_FORMAT is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ)',
        'VALIDATION_ERROR budget: INVALID_FORMAT is not a currency value',
        'VALIDATION_ERROR headcount: INVALID_FORMAT is not a number value',
      ],
    );
  });

  it('needs an email, since rows are matched on it', () => {
    const result = rowToContact(['Jane', 'Doe'], mapColumns(['firstName', 'lastName'], []), lookups);
    assert.deepEqual(result.problems, [
      { code: 'VALIDATION_ERROR', message: 'email: REQUIRED is required: contacts are matched on their email' },
    ]);
  });

  it('turns custom cells into their type', () => {
    assert.equal(attributeValue('checkbox', 'Yes'), true);
    assert.equal(attributeValue('checkbox', 'maybe'), undefined);
    assert.deepEqual(attributeValue('multiSelect', 'A | B;C'), ['A', 'B', 'C']);
    assert.deepEqual(attributeValue('multiSelect', '["A","B"]'), ['A', 'B']);
    assert.deepEqual(attributeValue('currency', '{"amount":5,"currency":"USD"}'), { amount: 5, currency: 'USD' });
    assert.equal(attributeValue('date', '2024-02-29T10:00Z'), '2024-02-29T10:00Z');
    assert.equal(attributeValue('date', '2023-02-29'), undefined);
  });
});

describe('naming a row’s client', () => {
  it('by id from a clientId column, else by the company name beside it', () => {
    const source = { kind: 'ids', index: 0, fallbackNameIndex: 1 } as const;
    const id = '0193B0C4-6F1E-7C3A-9D2B-5E8F1A2B3C4D';
    assert.deepEqual(clientRefOf([id, 'Acme'], source), { id: id.toLowerCase() });
    assert.deepEqual(clientRefOf(['', 'Acme'], source), { name: 'Acme' });
    assert.equal((clientRefOf(['acme', ''], source) as { code: string }).code, 'CLIENT_NOT_FOUND');
    assert.equal((clientRefOf(['', ''], source) as { code: string }).code, 'VALIDATION_ERROR');
  });

  it('by a company name or an id in any other column', () => {
    const source = { kind: 'column', index: 0, header: 'Company' } as const;
    assert.deepEqual(clientRefOf([' Acme Ltd '], source), { name: 'Acme Ltd' });
    assert.deepEqual(clientRefOf(['0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d'], source), {
      id: '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d',
    });
    assert.deepEqual(clientRefOf([''], source), {
      code: 'VALIDATION_ERROR',
      message: 'Company: REQUIRED the row names no client',
    });
  });
});

describe('batch results and the errors file', () => {
  it('derives the same key from the same operations and another from others', () => {
    const ops = [{ op: 'upsert' as const, clientId: 'c', body: { firstName: 'A' } }];
    assert.equal(batchKey(ops), batchKey(structuredClone(ops)));
    assert.notEqual(batchKey(ops), batchKey([{ ...ops[0], clientId: 'd' }]));
    assert.match(batchKey(ops), /^import-[0-9a-f]{64}$/);
  });

  it('reads outcomes and describes failures with their fields', () => {
    assert.equal(outcomeOf({ index: 0, status: 200, body: {}, outcome: 'unchanged' }), 'unchanged');
    assert.equal(outcomeOf({ index: 0, status: 201, body: {} }), 'created');
    assert.equal(outcomeOf({ index: 0, status: 409, body: {}, outcome: 'failed' }), 'failed');
    assert.deepEqual(
      describeFailure({
        index: 0,
        status: 400,
        body: {
          message: 'VALIDATION_ERROR',
          errors: [{ code: 'TOO_BIG', path: 'body.role', message: 'must be at most 255 characters' }],
        },
      }),
      { code: 'VALIDATION_ERROR', message: 'role: TOO_BIG must be at most 255 characters' },
    );
    assert.deepEqual(
      describeFailure({
        index: 0,
        status: 409,
        body: {
          message: 'EMAIL_ALREADY_IN_USE',
          details: { duplicates: [{ email: 'a@x.io', takenBy: { name: 'Ann Other', id: 'c-1' } }] },
        },
      }),
      { code: 'EMAIL_ALREADY_IN_USE', message: 'a@x.io is held by Ann Other (c-1)' },
    );
  });

  it('writes FILE.errors.csv with its header only when a row failed, and removes a stale one', async () => {
    const path = errorsFilePath(join(dir, 'People.CSV'));
    assert.equal(path, join(dir, 'People.errors.csv'));
    writeFileSync(path, 'stale');
    const empty = await ErrorsFile.open(path);
    await empty.close();
    assert.equal(existsSync(path), false);

    const errors = await ErrorsFile.open(path);
    errors.write([{ line: 7, code: 'VALIDATION_ERROR', message: 'firstName: TOO_SMALL, "quoted"\nnext' }]);
    await errors.close();
    assert.equal(
      readFileSync(path, 'utf8'),
      'line,code,message\n7,VALIDATION_ERROR,"firstName: TOO_SMALL, ""quoted"" next"\n',
    );
  });
});

describe('progress off a terminal', () => {
  it('writes plain lines with rows done, the total when known, and rows/s; at most one per interval', async () => {
    let text = '';
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (text += t) }, env: {} };
    const counted = await startProgress(io, 2500, 0);
    counted.add(100);
    counted.add(1100);
    counted.stop();
    assert.match(
      text,
      /^Imported 100 of 2,500 rows \([\d,]+ rows\/s\)\nImported 1,200 of 2,500 rows \([\d,]+ rows\/s\)\n$/,
    );

    text = '';
    const quiet = await startProgress(io, undefined, 60_000);
    quiet.add(100);
    quiet.stop();
    assert.equal(text, '', 'nothing before the first interval has passed');
  });
});
