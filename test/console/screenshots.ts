// Screenshots of the console's main pages for the README (docs/img/console-*.png, 1280×800), from a fresh
// SQLite server filled with a small agency's data: `node --import tsx test/console/screenshots.ts`.
import { join } from 'node:path';
import { launchChromium, openPage, signIn, startConsoleServer } from './browser.js';

const out = join(import.meta.dirname, '..', '..', 'docs', 'img');
const server = await startConsoleServer('sqlite');
const api = server.client;
const browser = await launchChromium();
try {
  const stages = (await api.request('GET', '/pipeline/client-contacts/stages')).body.stages as { id: string }[];
  const owners = [];
  for (const [name, email] of [
    ['Priya Shah', 'priya@agency.test'],
    ['Tom Becker', 'tom@agency.test'],
  ]) {
    owners.push((await api.request('POST', '/users', { name, email })).body.userId);
  }
  const clients: Record<string, string> = {};
  for (const [name, domain, industry] of [
    ['Northwind Traders', 'northwind.test', 'Logistics'],
    ['Contoso', 'contoso.test', 'Software'],
    ['Fabrikam', 'fabrikam.test', 'Manufacturing'],
    ['Tailspin Toys', 'tailspin.test', 'Retail'],
  ]) {
    clients[name] = (
      await api.request('POST', '/clients', { company: { name, domain, industry }, status: 'active' })
    ).body.id;
  }
  const people: [string, string, string, string, number][] = [
    ['Jane', 'Smith', 'CTO', 'Northwind Traders', 2],
    ['Bob', 'Jones', 'Head of Talent', 'Northwind Traders', 1],
    ['Carla', 'Diaz', 'VP Engineering', 'Contoso', 3],
    ['Dana', 'Lee', 'CFO', 'Contoso', 0],
    ['Eli', 'Novak', 'Engineering Manager', 'Fabrikam', 1],
    ['Fay', 'Okafor', 'HR Business Partner', 'Fabrikam', 0],
    ['Gus', 'Moreau', 'Director of Operations', 'Tailspin Toys', 2],
    ['Hana', 'Sato', 'Talent Acquisition Lead', 'Tailspin Toys', 4],
    ['Ivan', 'Petrov', 'Head of Data', 'Contoso', 1],
  ];
  let jane = '';
  for (const [i, [firstName, lastName, role, client, stage]] of people.entries()) {
    const domain = client.split(' ')[0].toLowerCase();
    const res = await api.request('POST', `/clients/contacts/${clients[client]}`, {
      firstName,
      lastName,
      role,
      department: role.includes('Talent') || role.includes('HR') ? 'People' : 'Leadership',
      emails: [
        {
          email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${domain}.test`,
          purpose: 'work',
          isPrimary: true,
        },
      ],
      phoneNumbers: [{ phoneNumber: `+44 20 7946 0${String(100 + i).padStart(3, '0')}`, purpose: 'work' }],
      mainContactId: owners[i % 2],
      stageId: stages[stage].id,
      startDate: `202${i % 5}-0${(i % 9) + 1}-01T00:00:00Z`,
    });
    if (firstName === 'Jane') jane = res.body.id;
  }
  await api.request('PATCH', `/clients/contacts/${jane}`, { role: 'Chief Technology Officer' });

  const { page, close } = await openPage(browser);
  await signIn(page, server.origin, api.apiKey);
  await page.getByRole('link', { name: 'Jane Smith' }).waitFor();
  await page.screenshot({ path: join(out, 'console-contacts.png') });

  await page.getByRole('link', { name: 'Jane Smith' }).click();
  await page.getByRole('heading', { name: 'Jane Smith' }).waitFor();
  await page.getByText('Priya Shah').waitFor();
  await page.screenshot({ path: join(out, 'console-contact.png') });

  await page.getByRole('link', { name: 'Edit contact' }).click();
  await page.getByLabel('Email 1', { exact: true }).fill('jane.smith@');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('#contact-email-0-error').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, 'console-edit-error.png') });

  await page.goto(`${server.origin}/app/board`);
  await page.getByRole('link', { name: 'Hana Sato' }).waitFor();
  await page.screenshot({ path: join(out, 'console-board.png') });

  await page.goto(`${server.origin}/app/clients/${clients.Contoso}`);
  await page.getByRole('link', { name: 'Carla Diaz' }).waitFor();
  await page.screenshot({ path: join(out, 'console-client.png') });
  await close();
} finally {
  await browser.close();
  await server.close();
}
