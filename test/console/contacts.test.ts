import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dialects } from '../harness.js';
import { axeViolations, type ConsoleServer, launchChromium, openPage, signIn, startConsoleServer } from './browser.js';

// The console's sign-in, contacts list and contact forms (API.md §7) in Debian's Chromium, against a real
// server on each database. Each test gets a fresh browser context (a fresh tab: no key held).

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const dialect of dialects()) {
  describe(`console: sign-in and contacts (${dialect})`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let northwind: string;
    let contoso: string;
    let jane: any;
    let ann: string;

    before(async () => {
      [server, browser] = await Promise.all([startConsoleServer(dialect), launchChromium()]);
      const api = server.client;
      ann = (await api.request('POST', '/users', { name: 'Ann Recruiter', email: 'ann@agency.test' })).body.userId;
      northwind = (await api.request('POST', '/clients', { company: { name: 'Northwind' } })).body.id;
      contoso = (await api.request('POST', '/clients', { company: { name: 'Contoso' } })).body.id;
      jane = (
        await api.request('POST', `/clients/contacts/${northwind}`, {
          firstName: 'Jane',
          lastName: 'Smith',
          role: 'CTO',
          emails: [{ email: 'jane@northwind.test', isPrimary: true }],
          mainContactId: ann,
        })
      ).body;
      await api.request('POST', `/clients/contacts/${northwind}`, {
        firstName: 'Bob',
        lastName: 'Jones',
        role: 'Head of Talent',
        emails: [{ email: 'bob@northwind.test' }],
      });
      await api.request('POST', `/clients/contacts/${contoso}`, {
        firstName: 'Carla',
        lastName: 'Diaz',
        role: 'VP Engineering',
        emails: [{ email: 'carla@contoso.test' }],
        endDate: '2020-01-01T00:00:00Z',
        startDate: '2019-01-01T00:00:00Z',
      });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function withPage(run: (page: Page) => Promise<void>) {
      const { page, errors, close } = await openPage(browser);
      try {
        await run(page);
        assert.deepEqual(errors, [], 'no console errors (a CSP refusal would be one)');
      } finally {
        await close();
      }
    }

    const rowNames = async (page: Page) =>
      (await page.locator('table.list tbody tr td:first-child a').allTextContents()).sort();

    test('a wrong key is refused with a message; the right one is kept in sessionStorage only', async () => {
      await withPage(async (page) => {
        await page.goto(`${server.origin}/app/`);
        assert.equal(await page.title(), 'Sign in · Clientele');
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        assert.deepEqual(await axeViolations(page), []);
        await page.getByLabel('API key').fill('ck_wrongwrongwrongwrongwrongwrongwrong');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByText('That API key was not accepted').waitFor();
        assert.equal(await page.evaluate(() => sessionStorage.length), 0);

        await page.getByLabel('API key').fill(server.client.apiKey);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { name: 'Contacts' }).waitFor();
        assert.equal(await page.evaluate(() => Object.values(sessionStorage).join()), server.client.apiKey);
        assert.equal(await page.evaluate(() => localStorage.length), 0);
        assert.equal(await page.evaluate(() => document.cookie), '');
        // A reload keeps the tab signed in.
        await page.reload();
        await page.getByRole('heading', { name: 'Contacts' }).waitFor();
      });
    });

    test('a key refused later (revoked) sends the person back to sign-in with a message', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey);
        await page.evaluate(() => sessionStorage.setItem('clientele.apiKey', 'ck_revokedrevokedrevokedrevokedrevoked'));
        await page.goto(`${server.origin}/app/board`);
        await page.getByText('Your API key was not accepted').waitFor();
        assert.equal(await page.getByLabel('API key').count(), 1);
        assert.equal(await page.evaluate(() => sessionStorage.length), 0);
      });
    });

    test('the list shows each row, searches by name or email prefix and filters', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey);
        await page.getByRole('link', { name: 'Jane Smith' }).waitFor();
        assert.deepEqual(await rowNames(page), ['Bob Jones', 'Carla Diaz', 'Jane Smith']);
        const janeRow = page.locator('tr', { has: page.getByRole('link', { name: 'Jane Smith' }) });
        const cells = await janeRow.locator('td').allTextContents();
        assert.deepEqual(cells, ['Jane Smith', 'CTO', 'Northwind', 'jane@northwind.test', 'New']);
        assert.deepEqual(await axeViolations(page), []);

        await page.getByLabel('Search').fill('ja');
        await until(
          'search by name',
          () => rowNames(page),
          (n) => n.join() === 'Jane Smith',
        );
        await page.getByLabel('Search').fill('carla@');
        await until(
          'search by email',
          () => rowNames(page),
          (n) => n.join() === 'Carla Diaz',
        );
        await page.getByLabel('Search').fill('');
        await until(
          'search cleared',
          () => rowNames(page),
          (n) => n.length === 3,
        );

        await page.getByLabel('Client').selectOption({ label: 'Northwind' });
        await until(
          'client filter',
          () => rowNames(page),
          (n) => n.join() === 'Bob Jones,Jane Smith',
        );
        await page.getByLabel('Owner').selectOption({ label: 'Ann Recruiter' });
        await until(
          'owner filter',
          () => rowNames(page),
          (n) => n.join() === 'Jane Smith',
        );
        await page.getByLabel('Owner').selectOption({ label: 'Anyone' });
        await page.getByLabel('Client').selectOption({ label: 'Any client' });
        await page.getByLabel('Active').selectOption({ label: 'Inactive only' });
        await until(
          'active filter',
          () => rowNames(page),
          (n) => n.join() === 'Carla Diaz',
        );
        await page.getByLabel('Active').selectOption({ label: 'Active or not' });
        await page.getByLabel('Stage').selectOption({ label: 'Contacted' });
        await page.getByText('No contacts match.').waitFor();
        // The filters live in the URL: a reload keeps them.
        assert.match(page.url(), /stage=/);
      });
    });

    test('the list loads more pages', async () => {
      const many = (await server.client.request('POST', '/clients', { company: { name: 'Many Ltd' } })).body.id;
      for (let i = 0; i < 55; i++) {
        await server.client.request('POST', `/clients/contacts/${many}`, { firstName: 'Pat', lastName: `Many${i}` });
      }
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts?client=${many}`);
        await page.getByText('Showing 50 contacts, more available.').waitFor();
        await page.getByRole('button', { name: 'Load more' }).click();
        await page.getByText('Showing 55 contacts.').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
      });
    });

    test('the contact page shows roles, emails, stage, owner, custom attributes and history', async () => {
      const score = (
        await server.client.request('POST', '/clients/contacts/columns', { label: 'Seniority', type: 'text' })
      ).body.id;
      const set = await server.client.request('PATCH', `/clients/contacts/${jane.id}`, {
        customAttributes: [{ attributeDefinitionId: score, value: 'Executive' }],
      });
      assert.equal(set.status, 200);
      jane = set.body;
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${jane.id}`);
        await page.getByRole('heading', { name: 'Jane Smith' }).waitFor();
        assert.equal(await page.title(), 'Jane Smith · Clientele');
        const details = await page.locator('dl.details').allInnerTexts();
        assert.match(details.join('\n'), /CTO/);
        assert.match(details.join('\n'), /jane@northwind\.test/);
        assert.match(details.join('\n'), /Ann Recruiter/);
        assert.match(details.join('\n'), /Seniority\s+Executive/);
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('tab', { name: 'History' }).click();
        await page.getByText('Created').waitFor();
        assert.deepEqual(await axeViolations(page), []);
      });
    });

    test('edit and save: the API shows the change, and If-Match was sent', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${jane.id}`);
        await page.getByRole('link', { name: 'Edit contact' }).click();
        await page.getByLabel('Role').waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await page.getByLabel('Role').fill('Chief Technology Officer');
        await page.getByRole('button', { name: 'Add phone number' }).click();
        await page.getByLabel('Phone 1', { exact: true }).fill('+44 20 7946 0000');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByRole('link', { name: 'Edit contact' }).waitFor();
        await page.getByText('Chief Technology Officer').first().waitFor();
        const person = (await server.client.request('GET', `/clients/contacts/${jane.id}`)).body;
        const role = person.clientContacts.find((r: any) => r.id === jane.id);
        assert.equal(role.role, 'Chief Technology Officer');
        assert.deepEqual(
          role.phoneNumbers.map((p: any) => p.phoneNumber),
          ['+44 20 7946 0000'],
        );
        assert.equal(role.version, jane.version + 1);
        // Only what changed was sent: the owner and the emails are as they were.
        assert.deepEqual(
          role.emailAddresses.map((e: any) => e.email),
          ['jane@northwind.test'],
        );
      });
    });

    test("the server's validation errors appear beside the fields they name", async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${jane.id}/edit`);
        await page.getByLabel('Role').fill('x'.repeat(300));
        await page.getByLabel('Email 1', { exact: true }).fill('jane@');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.locator('#contact-role-error').waitFor();
        assert.equal(await page.locator('#contact-role-error').textContent(), 'This is too long.');
        assert.equal(await page.locator('#contact-email-0-error').textContent(), 'This does not look right.');
        assert.equal(await page.getByLabel('Role').getAttribute('aria-invalid'), 'true');
        await page.getByText('Some fields need attention.').waitFor();
        assert.deepEqual(await axeViolations(page), []);

        // A top-level rule in words: two primary addresses.
        await page.getByLabel('Role').fill('CTO');
        await page.getByLabel('Email 1', { exact: true }).fill('jane@northwind.test');
        await page.getByRole('button', { name: 'Add email' }).click();
        await page.getByLabel('Email 2', { exact: true }).fill('jane.smith@northwind.test');
        await page
          .locator('.list-row', { has: page.getByLabel('Email 2', { exact: true }) })
          .getByLabel('Primary')
          .check();
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByText('Only one email address can be marked as primary.').waitFor();

        // Client-side hint: no request for an empty name.
        await page.getByLabel('First name').fill('');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByText('Enter a first name.').waitFor();
        const person = (await server.client.request('GET', `/clients/contacts/${jane.id}`)).body;
        assert.equal(person.firstName, 'Jane');
      });
    });

    test('an address already in use links to the contact that holds it', async () => {
      const bob = (await server.client.request('GET', '/clients/contacts?q=bob')).body.items[0];
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${bob.id}/edit`);
        await page.getByLabel('Email 1', { exact: true }).fill('JANE@northwind.test');
        await page.getByRole('button', { name: 'Save changes' }).click();
        const link = page.getByRole('alert').getByRole('link', { name: 'Jane Smith' });
        await link.waitFor();
        await page.getByText('JANE@northwind.test is already used by').waitFor();
        await link.click();
        await page.getByRole('heading', { name: 'Jane Smith' }).waitFor();
      });
    });

    test('a save over someone else’s change is refused (412) and offers to reload', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${jane.id}/edit`);
        await page.getByLabel('Department').waitFor();
        // Someone else saves first.
        const other = await server.client.request('PATCH', `/clients/contacts/${jane.id}`, {
          department: 'Engineering',
        });
        assert.equal(other.status, 200);
        await page.getByLabel('Department').fill('Sales');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByText('Someone else changed this contact while you were editing it.').waitFor();
        let person = (await server.client.request('GET', `/clients/contacts/${jane.id}`)).body;
        assert.equal(person.clientContacts[0].department, 'Engineering');
        await page.getByRole('button', { name: 'Reload the latest version' }).click();
        await until(
          'reloaded form',
          () => page.getByLabel('Department').inputValue(),
          (v) => v === 'Engineering',
        );
        await page.getByLabel('Department').fill('Sales');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByRole('link', { name: 'Edit contact' }).waitFor();
        person = (await server.client.request('GET', `/clients/contacts/${jane.id}`)).body;
        assert.equal(person.clientContacts[0].department, 'Sales');
      });
    });

    test('create a contact at a client', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, '/app/contacts/new');
        await page.getByLabel('Client').selectOption({ label: 'Contoso' });
        await page.getByLabel('First name').fill('Dana');
        await page.getByLabel('Last name').fill('Lee');
        await page.getByLabel('Role').fill('CFO');
        await page.getByRole('button', { name: 'Add email' }).click();
        await page.getByLabel('Email 1', { exact: true }).fill('dana@contoso.test');
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('button', { name: 'Create contact' }).click();
        await page.getByRole('heading', { name: 'Dana Lee' }).waitFor();
        const found = (await server.client.request('GET', '/clients/contacts?email=dana@contoso.test')).body.items;
        assert.equal(found.length, 1);
        assert.equal(found[0].clientId, contoso);
        assert.equal(found[0].role, 'CFO');
      });
    });

    test('archive a contact from its page, then restore it; the history shows both', async () => {
      const eve = (
        await server.client.request('POST', `/clients/contacts/${contoso}`, { firstName: 'Eve', lastName: 'Archer' })
      ).body;
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/contacts/${eve.id}`);
        await page.getByRole('heading', { name: 'Eve Archer' }).waitFor();
        await page.getByRole('button', { name: 'Archive' }).click();
        await page.getByText('This contact is archived').waitFor();
        assert.equal((await server.client.request('GET', `/clients/contacts/${eve.id}`)).status, 404);
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('button', { name: 'Restore contact' }).click();
        await page.getByRole('link', { name: 'Edit contact' }).waitFor();
        assert.equal((await server.client.request('GET', `/clients/contacts/${eve.id}`)).status, 200);
        await page.getByRole('tab', { name: 'History' }).click();
        await page.getByText('Restored').waitFor();
        await page.getByText('Archived').waitFor();
        await page.getByText('Created').waitFor();
      });
    });
  });
}
