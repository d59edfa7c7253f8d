/**
 * Search forms of names and phone numbers (API.md §2.6), computed once when a row is written and stored in
 * indexed columns, so that a search compares plain text with plain text: a search folds only its query.
 */

/** Letters that lose nothing to a decomposition, and what a search keyboard types for them. */
const LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const SPECIAL_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Apostrophes of every kind: "O'Brien", "O’Brien" and "OBrien" are the same search. */
const APOSTROPHES = /['’ʼ‘`´]/g;

/** Hyphens and dashes separate words: "Anne-Marie" is found by "anne-m" and by "anne m". */
const DASHES = /[-‐‑‒–—]/g;

/**
 * The folded form of a name: lower case, compatibility-decomposed (ligatures and full-width letters become
 * plain letters), without combining marks (accents), a few letters that have no decomposition spelt as
 * they are typed, apostrophes removed, dashes and runs of white space made one space. "José" → "jose",
 * "Ørsted" → "orsted", "O'Brien" → "obrien", "Anne-Marie" → "anne marie". Code-point order of these forms is
 * the search's sort order on both databases (binary collation).
 */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (letter) => LETTERS[letter])
    .replace(APOSTROPHES, '')
    .replace(DASHES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The digits of a phone number as written, in order: what a search for part of a number is matched against. */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}
