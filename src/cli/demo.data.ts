/**
 * Sample data for `clientele demo`: a small agency's recruiters, the companies they recruit for and the
 * people they deal with there. Every company, domain and phone number is fictional (`.example` domains,
 * numbers from the ranges reserved for drama: +44 20 7946 0xxx, +1 ... 555-01xx).
 */

export const DEMO_USERS = [
  { name: 'Priya Raman', email: 'priya.raman@talentbridge.example' },
  { name: 'Tom Okafor', email: 'tom.okafor@talentbridge.example' },
  { name: 'Lena Fischer', email: 'lena.fischer@talentbridge.example' },
  { name: 'Marco Bianchi', email: 'marco.bianchi@talentbridge.example' },
];

interface DemoClient {
  name: string;
  domain: string;
  industry: string;
  size: string;
  description: string;
  status: 'lead' | 'prospect' | 'active' | 'inactive' | 'lost';
  city: string;
  country: string;
  /** Country calling code and the fictional local prefix numbers are made from. */
  phone: (n: number) => string;
}

const uk = (n: number) => `+44 20 7946 0${String(n % 1000).padStart(3, '0')}`;
const us = (area: string) => (n: number) => `+1 (${area}) 555-01${String(n % 100).padStart(2, '0')}`;

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: 'Northwind Logistics',
    domain: 'northwind-logistics.example',
    industry: 'Logistics',
    size: '1001-5000',
    description: 'Freight forwarding and warehousing across Europe.',
    status: 'active',
    city: 'London',
    country: 'United Kingdom',
    phone: uk,
  },
  {
    name: 'Bluefin Analytics',
    domain: 'bluefin-analytics.example',
    industry: 'Software',
    size: '51-200',
    description: 'Forecasting software for retailers.',
    status: 'active',
    city: 'Boston',
    country: 'United States',
    phone: us('617'),
  },
  {
    name: 'Harbourside Health',
    domain: 'harbourside-health.example',
    industry: 'Healthcare',
    size: '5001-10000',
    description: 'A group of private clinics.',
    status: 'prospect',
    city: 'Bristol',
    country: 'United Kingdom',
    phone: uk,
  },
  {
    name: 'Copperleaf Energy',
    domain: 'copperleaf-energy.example',
    industry: 'Renewable energy',
    size: '201-500',
    description: 'Develops and runs onshore wind farms.',
    status: 'active',
    city: 'Denver',
    country: 'United States',
    phone: us('303'),
  },
  {
    name: 'Quill & Ledger',
    domain: 'quill-ledger.example',
    industry: 'Accounting',
    size: '11-50',
    description: 'Accountancy for small creative businesses.',
    status: 'lead',
    city: 'Manchester',
    country: 'United Kingdom',
    phone: uk,
  },
  {
    name: 'Summit Robotics',
    domain: 'summit-robotics.example',
    industry: 'Manufacturing',
    size: '501-1000',
    description: 'Industrial robot arms and their control software.',
    status: 'active',
    city: 'Pittsburgh',
    country: 'United States',
    phone: us('412'),
  },
  {
    name: 'Lumen Learning Co',
    domain: 'lumen-learning.example',
    industry: 'Education',
    size: '51-200',
    description: 'Online courses for vocational training.',
    status: 'inactive',
    city: 'Edinburgh',
    country: 'United Kingdom',
    phone: uk,
  },
  {
    name: 'Orchard Street Bank',
    domain: 'orchard-street-bank.example',
    industry: 'Banking',
    size: '10001+',
    description: 'Retail and business banking.',
    status: 'prospect',
    city: 'New York',
    country: 'United States',
    phone: us('212'),
  },
  {
    name: 'Fernway Foods',
    domain: 'fernway-foods.example',
    industry: 'Food production',
    size: '1001-5000',
    description: 'Chilled ready meals for supermarkets.',
    status: 'lost',
    city: 'Leeds',
    country: 'United Kingdom',
    phone: uk,
  },
  {
    name: 'Tidewater Studios',
    domain: 'tidewater-studios.example',
    industry: 'Media',
    size: '201-500',
    description: 'Animation and visual effects.',
    status: 'lead',
    city: 'Austin',
    country: 'United States',
    phone: us('512'),
  },
];

const FIRST_NAMES = [
  'Amelia',
  'Noah',
  'Sofia',
  'Liam',
  'Chloe',
  'Arjun',
  'Grace',
  'Mateo',
  'Hannah',
  'Yusuf',
  'Isla',
  'Daniel',
  'Mei',
  'Oliver',
  'Zara',
  'Ethan',
  'Freya',
  'Kwame',
  'Ruby',
  'Lucas',
  'Ines',
  'Samuel',
  'Aisha',
  'Jonas',
  'Clara',
];

const LAST_NAMES = [
  'Walsh',
  'Nguyen',
  'Patel',
  'Kowalski',
  'Moreno',
  'Brennan',
  'Achebe',
  'Lindqvist',
  'Haddad',
  'Carter',
  'Tanaka',
  'Osei',
  'Dubois',
  'Murphy',
  'Silva',
  'Kaur',
  'Novak',
  'Fraser',
  'Rossi',
  'Jensen',
  'Abbott',
  'Mensah',
  'Young',
  'Schmidt',
  'Ortiz',
];

/** Roles with the department they sit in: the people a recruiter talks to when placing candidates. */
const ROLES: [string, string][] = [
  ['Head of Talent Acquisition', 'People'],
  ['HR Business Partner', 'People'],
  ['Engineering Manager', 'Engineering'],
  ['VP Engineering', 'Engineering'],
  ['Finance Director', 'Finance'],
  ['Operations Manager', 'Operations'],
  ['Chief Technology Officer', 'Executive'],
  ['Talent Partner', 'People'],
  ['Head of Sales', 'Sales'],
  ['Hiring Manager', 'Product'],
];

export const CONTACTS_PER_CLIENT = 5;

/** The contacts of client number `c` (0-based), as POST /clients/contacts/{clientId} bodies minus references. */
export function demoContacts(c: number) {
  const client = DEMO_CLIENTS[c];
  return Array.from({ length: CONTACTS_PER_CLIENT }, (_, k) => {
    const n = c * CONTACTS_PER_CLIENT + k;
    // Stepping through the lists at different strides gives 50 distinct names without repeats.
    const firstName = FIRST_NAMES[n % FIRST_NAMES.length];
    const lastName = LAST_NAMES[(n * 7 + c) % LAST_NAMES.length];
    const [role, department] = ROLES[(n * 3) % ROLES.length];
    const local = `${firstName}.${lastName}`.toLowerCase();
    const emails: { email: string; purpose: 'work' | 'personal'; isPrimary?: boolean }[] = [
      { email: `${local}@${client.domain}`, purpose: 'work', isPrimary: true },
    ];
    if (n % 3 === 0) emails.push({ email: `${local}${n}@mail.example`, purpose: 'personal' });
    const phoneNumbers: { phoneNumber: string; purpose: 'work' | 'personal' }[] = [
      { phoneNumber: client.phone(n * 11 + 7), purpose: 'work' },
    ];
    const year = 2015 + (n % 9);
    const month = String((n % 12) + 1).padStart(2, '0');
    return {
      firstName,
      lastName,
      role,
      department,
      emails,
      phoneNumbers,
      startDate: `${year}-${month}-01T00:00:00Z`,
      // Every seventh contact has moved on, so the sample shows inactive roles too.
      ...(n % 7 === 6 ? { endDate: `${year + 1}-${month}-15T00:00:00Z` } : {}),
      locations: [{ type: 'work' as const, city: client.city, country: client.country }],
    };
  });
}
