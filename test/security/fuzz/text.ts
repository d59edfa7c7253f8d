import fc from 'fast-check';

/** Characters and fragments that have broken text handling somewhere before. */

/** SQL and LIKE metacharacters; a query built by concatenation, or an unescaped LIKE pattern, trips on these. */
export const SQL_FRAGMENTS = [
  "'; drop table people; --",
  "' OR '1'='1",
  '" OR ""="',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  "\\'",
  '--',
  '/*',
  '*/',
  ';',
  '$1',
  '?',
  ':id',
  '`',
  "'",
  '"',
  "'; delete from contact_emails where ''='",
  "%' escape '\\",
  "' || (select 1) || '",
  "E'\\x27'",
] as const;

/** C0/C1 controls, line and paragraph separators, bidi overrides, zero-width and BOM characters, noncharacters. */
export const CONTROL_CHARACTERS: string[] = [
  ...Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)),
  '\u007f',
  '\u0085',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\u{10ffff}',
];

/** What String.prototype.trim removes (the server trims with it). */
export const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
];

export const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
);

/** Free text the schema allows, in every script, with SQL fragments and control characters mixed in. */
export const plainText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 24 }) },
  { weight: 3, arbitrary: fc.string({ unit: piece, maxLength: 6 }) },
);

/** Text no text column can hold as sent: a NUL, or an unpaired UTF-16 surrogate. */
export const unstorableText = fc.oneof(
  fc.tuple(plainText, fc.constant('\u0000'), plainText).map((p) => p.join('')),
  fc.tuple(plainText, loneSurrogate, plainText).map((p) => p.join('')),
);

export const padding = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...WHITESPACE), minLength: 1, maxLength: 3 }) },
);

/** Length as JSON Schema (and Ajv) counts it: in code points. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Cuts or pads `core` so that its trimmed form has between min and max code points. */
export function fitLength(core: string, min: number, max: number): string {
  let s = core.trim();
  if (codePoints(s) > max) s = [...s].slice(0, max).join('').trim();
  while (codePoints(s) < min) s += 'x';
  return s;
}

/** A long run of one character: the 100 KB strings of the hostile mix. */
export const hugeText = fc
  .tuple(fc.constantFrom('a', 'é', '𝒳', ' ', '\\', '"', '%', '\u0001', '字'), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)));
