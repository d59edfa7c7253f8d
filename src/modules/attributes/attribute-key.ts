export const MAX_KEY_LENGTH = 64;

/**
 * A camelCase key from a label, for definitions created without one: accents dropped, words split on
 * anything not a letter or digit ("Annual budget (€)" → "annualBudget"). A key must start with a letter,
 * so one starting with a digit gets a `field` prefix, and a label with no letters or digits gives `field`.
 */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
  const camel = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  const key = /^[a-z]/.test(camel) ? camel : `field${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
  return key.slice(0, MAX_KEY_LENGTH);
}
