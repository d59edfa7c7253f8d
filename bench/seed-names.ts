/**
 * Small built-in word lists the seed draws from. Names mix languages (and a few accents, apostrophes and
 * hyphens) so that lower-casing and prefix search meet the text they meet in production; every domain is
 * under `.example` and every phone number is from a range reserved for fiction.
 */

export const FIRST_NAMES = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Mateo', 'Sofia', 'Leo', 'Amelia', 'Hugo',
  'Isabella', 'Elias', 'Chloé', 'Jonas', 'Zoë', 'Luca', 'Hannah', 'Finn', 'Léa', 'Arjun', 'Priya', 'Ravi',
  'Aisha', 'Omar', 'Fatima', 'Yusuf', 'Mei', 'Wei', 'Yuki', 'Haruto', 'Ji-woo', 'Min-jun', 'Ana', 'João',
  'María', 'José', 'Carmen', 'Diego', 'Ingrid', 'Sven', 'Astrid', 'Lars', 'Niamh', 'Seán', 'Siobhan', 'Cian',
  'Grace', 'Thomas', 'Charlotte', 'James', 'Sophie', 'Daniel', 'Laura', 'Marco', 'Giulia', 'Pieter', 'Anouk',
  'Kwame', 'Amara', 'Tomasz', 'Zofia', 'Andrei', 'Elena', 'Dmitri', 'Katarzyna', 'Mohammed', 'Leila',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Martínez', 'López',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Rossi',
  'Russo', 'Bianchi', 'Romano', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Peeters', 'Janssens',
  "O'Brien", "O'Connor", 'Murphy', 'Kelly', 'Walsh', 'Nowak', 'Kowalski', 'Wiśniewska', 'Ivanov', 'Petrova',
  'Andersson', 'Johansson', 'Nilsson', 'Hansen', 'Larsen', 'Sato', 'Suzuki', 'Takahashi', 'Kim', 'Lee', 'Park',
  'Wang', 'Li', 'Zhang', 'Chen', 'Patel', 'Sharma', 'Singh', 'Gupta', 'Khan', 'Ahmed', 'Okafor', 'Mensah',
  'Silva', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Hernández-Ruiz', 'Smith-Jones', 'Nguyen', 'Tran',
];

export const COMPANY_FIRST = [
  'North', 'Blue', 'Silver', 'Harbour', 'Summit', 'Cedar', 'Iron', 'Bright', 'Nova', 'Atlas', 'Pioneer',
  'Granite', 'Evergreen', 'Lumen', 'Vertex', 'Quantum', 'Meridian', 'Oak', 'Falcon', 'Crescent', 'Polar',
  'Sterling', 'Coral', 'Redwood', 'Beacon', 'Orbit', 'Willow', 'Delta', 'Zenith', 'Aurora',
];

export const COMPANY_SECOND = [
  'Logistics', 'Analytics', 'Health', 'Robotics', 'Energy', 'Foods', 'Capital', 'Labs', 'Systems', 'Retail',
  'Pharma', 'Mobility', 'Software', 'Media', 'Engineering', 'Insurance', 'Biotech', 'Consulting', 'Freight',
  'Networks',
];

export const COMPANY_SUFFIX = ['', '', '', ' Ltd', ' GmbH', ' BV', ' Inc.', ' Group', ' & Co', ' SA'];

export const INDUSTRIES = [
  'Logistics', 'Software', 'Healthcare', 'Manufacturing', 'Energy', 'Food & Beverage', 'Financial services',
  'Retail', 'Pharmaceuticals', 'Media',
];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000'];

export const CITIES: { city: string; country: string }[] = [
  { city: 'London', country: 'United Kingdom' },
  { city: 'Manchester', country: 'United Kingdom' },
  { city: 'Dublin', country: 'Ireland' },
  { city: 'Amsterdam', country: 'Netherlands' },
  { city: 'Ghent', country: 'Belgium' },
  { city: 'Berlin', country: 'Germany' },
  { city: 'Munich', country: 'Germany' },
  { city: 'Paris', country: 'France' },
  { city: 'Madrid', country: 'Spain' },
  { city: 'Milan', country: 'Italy' },
  { city: 'Stockholm', country: 'Sweden' },
  { city: 'Warsaw', country: 'Poland' },
  { city: 'Boston', country: 'United States' },
  { city: 'New York', country: 'United States' },
  { city: 'Toronto', country: 'Canada' },
];

export const ROLES = [
  'Head of Talent', 'Talent Acquisition Lead', 'HR Business Partner', 'Engineering Manager', 'CTO', 'CFO',
  'VP Engineering', 'Recruiter', 'People Operations Manager', 'Hiring Manager', 'Director of Operations',
  'Chief People Officer', 'Finance Director', 'Head of Data', 'Product Director', 'Office Manager',
];

export const DEPARTMENTS = [
  'People', 'Human Resources', 'Engineering', 'Finance', 'Operations', 'Product', 'Data', 'Sales',
  'Marketing', 'Legal',
];

export const USER_NAMES = [
  'Priya Raman', 'Tom Okafor', 'Lena Fischer', 'Marco Bianchi', 'Sara Lindqvist', 'David Cohen',
  'Aoife Byrne', 'Kenji Watanabe', 'Fatou Diallo', 'Pablo Ortega', 'Hanna Virtanen', 'Rahul Mehta',
  'Chloe Martin', 'Ben Adeyemi', 'Eva Novak', 'Jakob Weiss', 'Nora Haddad', 'Oscar Lund', 'Ines Carvalho',
  'Sam Taylor',
];

/** Fictional numbers: UK drama range +44 20 7946 0xxx and US 555-01xx. */
export function phoneNumberAt(n: number): string {
  if (n % 2 === 0) return `+44 20 7946 0${String((n >> 1) % 1000).padStart(3, '0')}`;
  const areas = ['212', '617', '415', '312'];
  return `+1 (${areas[(n >> 1) % areas.length]}) 555-01${String((n >> 3) % 100).padStart(2, '0')}`;
}
