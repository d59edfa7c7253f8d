import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dialects } from '../harness.js';
import { axeViolations, type ConsoleServer, launchChromium, openPage, signIn, startConsoleServer } from './browser.js';

// The console's pipeline board and clients (API.md §7) in Debian's Chromium, against a real server on each
// database.

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
  describe(`console: board and clients (${dialect})`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let stages: { id: string; name: string }[];
    let northwind: string;

    before(async () => {
      [server, browser] = await Promise.all([startConsoleServer(dialect), launchChromium()]);
      stages = (await server.client.request('GET', '/pipeline/client-contacts/stages')).body.stages;
      northwind = (
        await server.client.request('POST', '/clients', { company: { name: 'Northwind', domain: 'northwind.test' } })
      ).body.id;
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

    async function newContact(firstName: string, lastName: string) {
      const res = await server.client.request('POST', `/clients/contacts/${northwind}`, {
        firstName,
        lastName,
        role: 'Engineer',
      });
      assert.equal(res.status, 201);
      return res.body as { id: string; version: number; stage: { id: string } };
    }
    const stageOf = async (id: string) =>
      (await server.client.request('GET', `/clients/contacts/${id}`)).body.clientContacts.find((r: any) => r.id === id)
        .stage.name as string;
    const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} `) });

    test('the board has a column per stage in order, and a card dragged to another column moves the contact', async () => {
      const ed = await newContact('Ed', 'Drag');
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, '/app/board');
        await page.getByRole('link', { name: 'Ed Drag' }).waitFor();
        const headings = await page.locator('.column h2').allTextContents();
        assert.deepEqual(
          headings.map((h) => h.replace(/\s*[\d…+]+$/, '')),
          stages.map((s) => s.name),
        );
        assert.deepEqual(await axeViolations(page), []);

        const handle = await page.getByRole('button', { name: 'Move Ed Drag' }).boundingBox();
        const target = await column(page, stages[2].name).boundingBox();
        assert.ok(handle && target);
        await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
        await page.mouse.down();
        await page.mouse.move(handle.x + 20, handle.y + 10, { steps: 5 });
        await page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 15 });
        await page.mouse.up();
        await until(
          'stage after the drag',
          () => stageOf(ed.id),
          (s) => s === stages[2].name,
        );
        await column(page, stages[2].name).getByRole('link', { name: 'Ed Drag' }).waitFor();
        await page.getByText(`Ed Drag moved to ${stages[2].name}.`).waitFor();
      });
    });

    test('a card moves by keyboard: Space, arrows, Space', async () => {
      const kim = await newContact('Kim', 'Keys');
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, '/app/board');
        const handle = page.getByRole('button', { name: 'Move Kim Keys' });
        await handle.waitFor();
        await handle.focus();
        await page.keyboard.press('Space');
        await page.waitForTimeout(100);
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(100);
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(100);
        await page.keyboard.press('ArrowLeft');
        await page.waitForTimeout(100);
        await page.keyboard.press('Space');
        await until(
          'stage after the keyboard move',
          () => stageOf(kim.id),
          (s) => s === stages[1].name,
        );
        await column(page, stages[1].name).getByRole('link', { name: 'Kim Keys' }).waitFor();
      });
    });

    test('a move the server refuses (412) is rolled back on the screen and explained', async () => {
      const ray = await newContact('Ray', 'Back');
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, '/app/board');
        const handle = page.getByRole('button', { name: 'Move Ray Back' });
        await handle.waitFor();
        // Someone else changes the contact after the board was loaded: the board's version is stale.
        await server.client.request('PATCH', `/clients/contacts/${ray.id}`, { role: 'Lead Engineer' });
        await handle.focus();
        await page.keyboard.press('Space');
        await page.waitForTimeout(100);
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(100);
        await page.keyboard.press('Space');
        await page.getByText('Ray Back was not moved: someone else changed this contact').waitFor();
        await column(page, stages[0].name).getByRole('link', { name: 'Ray Back' }).waitFor();
        assert.equal(await column(page, stages[1].name).getByRole('link', { name: 'Ray Back' }).count(), 0);
        assert.equal(await stageOf(ray.id), stages[0].name);
      });
    });

    test('create and edit a client; the client page lists its contacts', async () => {
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, '/app/clients');
        await page.getByRole('link', { name: 'Northwind' }).waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('link', { name: 'New client' }).click();
        await page.getByLabel('Company name').waitFor();
        await page.getByRole('button', { name: 'Create client' }).click();
        await page.getByText('Enter the company’s name.').waitFor();
        await page.getByLabel('Company name').fill('Fabrikam');
        await page.getByLabel('Domain').fill('fabrikam.test');
        await page.getByLabel('LinkedIn URL').fill('not a url');
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('button', { name: 'Create client' }).click();
        await page.locator('#client-linkedinUrl-error').waitFor();
        await page.getByLabel('LinkedIn URL').fill('https://www.linkedin.com/company/fabrikam');
        await page.getByRole('button', { name: 'Create client' }).click();
        await page.getByRole('heading', { name: 'Fabrikam' }).waitFor();
        const id = page.url().split('/').pop()!;
        const created = (await server.client.request('GET', `/clients/${id}`)).body;
        assert.equal(created.company.domain, 'fabrikam.test');

        await page.getByRole('link', { name: 'Edit client' }).click();
        await page.getByLabel('Status').selectOption({ label: 'Prospect' });
        await page.getByLabel('Industry').fill('Manufacturing');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByRole('link', { name: 'Edit client' }).waitFor();
        const edited = (await server.client.request('GET', `/clients/${id}`)).body;
        assert.equal(edited.status, 'prospect');
        assert.equal(edited.company.industry, 'Manufacturing');
        assert.equal(edited.version, created.version + 1);

        await page.goto(`${server.origin}/app/clients/${northwind}`);
        await page.getByRole('heading', { name: 'Northwind' }).waitFor();
        await page.getByRole('link', { name: 'Ed Drag' }).waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await page.getByRole('tab', { name: 'History' }).click();
        await page.getByText('Created').waitFor();
        assert.deepEqual(await axeViolations(page), []);
      });
    });

    test('archive a client with its contacts, then restore it', async () => {
      const acme = (await server.client.request('POST', '/clients', { company: { name: 'Acme' } })).body.id;
      await server.client.request('POST', `/clients/contacts/${acme}`, { firstName: 'Al', lastName: 'Acme' });
      await withPage(async (page) => {
        await signIn(page, server.origin, server.client.apiKey, `/app/clients/${acme}`);
        await page.getByRole('heading', { name: 'Acme' }).waitFor();
        await page.getByRole('button', { name: 'Archive' }).click();
        await page.getByText('Acme still has active contacts. Archive them too?').waitFor();
        assert.equal((await server.client.request('GET', `/clients/${acme}`)).status, 200);
        await page.getByRole('button', { name: 'Archive client and its contacts' }).click();
        await page.getByRole('button', { name: 'Restore client' }).waitFor();
        assert.equal((await server.client.request('GET', `/clients/${acme}`)).status, 404);
        assert.deepEqual(await axeViolations(page), []);

        await page.getByRole('button', { name: 'Restore client' }).click();
        await page.getByRole('link', { name: 'Edit client' }).waitFor();
        assert.equal((await server.client.request('GET', `/clients/${acme}`)).status, 200);

        // And from the list of archived clients.
        await server.client.request('DELETE', `/clients/${acme}?cascade=true`);
        await page.goto(`${server.origin}/app/clients`);
        await page.getByLabel('Show archived clients').check();
        await page.getByRole('button', { name: 'Restore Acme' }).click();
        await until(
          'restored from the list',
          async () => (await server.client.request('GET', `/clients/${acme}`)).status,
          (s) => s === 200,
        );
      });
    });
  });
}
