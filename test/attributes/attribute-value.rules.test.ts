import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalDateTime } from '../../src/core/date-time.js';
import { keyFromLabel } from '../../src/modules/attributes/attribute-key.js';
import { normalizeValue, type ValueRule } from '../../src/modules/attributes/attribute-value.rules.js';

const rule = (type: string, options: string[] | null = null): ValueRule => ({ type, options });

function accepts(r: ValueRule, value: unknown, stored: unknown = value) {
  assert.deepEqual(normalizeValue(r, value), { value: stored }, `${r.type} should accept ${JSON.stringify(value)}`);
}

function refuses(r: ValueRule, value: unknown) {
  assert.equal(normalizeValue(r, value), undefined, `${r.type} should refuse ${JSON.stringify(value)}`);
}

describe('custom attribute value rules', () => {
  it('text: a string of at most 10000 characters', () => {
    accepts(rule('text'), 'Senior');
    accepts(rule('text'), '');
    accepts(rule('text'), 'x'.repeat(10_000));
    for (const bad of [42, true, ['a'], { a: 1 }, 'x'.repeat(10_001)]) refuses(rule('text'), bad);
  });

  it('number: a finite number', () => {
    for (const ok of [0, -3, 2.5, 1e12]) accepts(rule('number'), ok);
    for (const bad of ['5', true, [1], { n: 1 }, Number.NaN, Number.POSITIVE_INFINITY]) refuses(rule('number'), bad);
  });

  it('checkbox: a boolean', () => {
    accepts(rule('checkbox'), true);
    accepts(rule('checkbox'), false);
    for (const bad of ['true', 1, 0, []]) refuses(rule('checkbox'), bad);
  });

  it('select: one of the options, exactly', () => {
    const r = rule('select', ['Junior', 'Senior']);
    accepts(r, 'Senior');
    for (const bad of ['senior', 'Lead', ['Senior'], 1]) refuses(r, bad);
  });

  it('multiSelect: an array of distinct options', () => {
    const r = rule('multiSelect', ['a', 'b', 'c']);
    accepts(r, ['c', 'a']);
    accepts(r, []);
    for (const bad of ['a', ['a', 'a'], ['a', 'd'], [1], [null], { 0: 'a' }]) refuses(r, bad);
  });

  it('date: the documented date-time pattern, stored in the canonical form', () => {
    accepts(rule('date'), '2024-02-29T10:00Z', '2024-02-29T10:00:00.000Z');
    accepts(rule('date'), '2023-11-07T05:31:56Z', '2023-11-07T05:31:56.000Z');
    accepts(rule('date'), '2023-11-07T05:31:56.123456Z', '2023-11-07T05:31:56.123Z');
    for (const bad of [
      '2023-02-29T10:00:00Z',
      '2023-11-07',
      '2023-11-07T05:31:56',
      '2023-11-07T05:31:56+01:00',
      '2023-13-01T00:00:00Z',
      1699335116000,
      null,
    ]) {
      refuses(rule('date'), bad);
    }
  });

  it('currency: { amount, currency } with a real ISO 4217 code and nothing else', () => {
    accepts(rule('currency'), { currency: 'EUR', amount: 1200.5 }, { amount: 1200.5, currency: 'EUR' });
    accepts(rule('currency'), { amount: 0, currency: 'JPY' });
    for (const bad of [
      { amount: 10, currency: 'eur' },
      { amount: 10, currency: 'ABC' },
      { amount: 10, currency: 'EURO' },
      { amount: '10', currency: 'EUR' },
      { amount: 10 },
      { currency: 'EUR' },
      { amount: 10, currency: 'EUR', note: 'x' },
      [10, 'EUR'],
      10,
      'EUR 10',
    ]) {
      refuses(rule('currency'), bad);
    }
  });

  it('url: an http or https URL', () => {
    accepts(rule('url'), 'https://acme.example/jobs?id=1');
    accepts(rule('url'), 'http://localhost:8080');
    for (const bad of [
      'acme.example',
      'ftp://acme.example',
      'https://',
      'https://exa mple.com',
      'javascript:alert(1)',
      5,
    ]) {
      refuses(rule('url'), bad);
    }
    refuses(rule('url'), `https://a.example/${'x'.repeat(2048)}`);
  });

  it('refuses everything for a type it does not know', () => {
    refuses(rule('email'), 'a@b.example');
  });
});

describe('attribute keys from labels', () => {
  it('makes a camelCase key', () => {
    assert.equal(keyFromLabel('Annual budget'), 'annualBudget');
    assert.equal(keyFromLabel('Annual budget (€)'), 'annualBudget');
    assert.equal(keyFromLabel('LinkedIn URL'), 'linkedinUrl');
    assert.equal(keyFromLabel('Préférence de contact'), 'preferenceDeContact');
    assert.equal(keyFromLabel('2024 target'), 'field2024Target');
    assert.equal(keyFromLabel('€€€'), 'field');
    assert.equal(keyFromLabel('x'.repeat(100)).length, 64);
  });
});

describe('canonical date-times', () => {
  it('pads seconds and milliseconds and cuts longer fractions', () => {
    assert.equal(canonicalDateTime('2023-11-07T05:31Z'), '2023-11-07T05:31:00.000Z');
    assert.equal(canonicalDateTime('2023-11-07T05:31:56.1Z'), '2023-11-07T05:31:56.100Z');
    assert.equal(canonicalDateTime('0001-01-01T00:00:00.999999Z'), '0001-01-01T00:00:00.999Z');
    assert.throws(() => canonicalDateTime('2023-11-07'));
  });
});
