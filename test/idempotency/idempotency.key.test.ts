import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson, idempotencyKeyProblem, requestFingerprint } from '../../src/http/idempotency.key.js';

/** The same value with every object's keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value).reverse();
  const copy: Record<string, unknown> = {};
  for (const key of entries) {
    Object.defineProperty(copy, key, {
      value: reordered((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

describe('request fingerprints', () => {
  it('writes canonical JSON: sorted keys, no spaces, the same value as JSON.parse reads it back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        assert.equal(canonicalJson(reordered(value)), text);
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
      }),
    );
    assert.equal(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true }), '{"a":true,"b":[1,{"c":"x","d":null}]}');
    assert.equal(canonicalJson(undefined), 'null');
    assert.equal(canonicalJson(JSON.parse('{"__proto__":1}')), '{"__proto__":1}');
  });

  it('handles a body nested as deep as a 1 MiB body allows, where a recursive walk overflows', () => {
    const depth = 500_000;
    const deep = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    assert.equal(canonicalJson(deep).length, depth * 2);
  });

  it('tells requests apart by method, path with query, and body', () => {
    const base = requestFingerprint('POST', '/clients', { a: 1 });
    assert.equal(requestFingerprint('POST', '/clients', { a: 1 }), base);
    assert.notEqual(requestFingerprint('PATCH', '/clients', { a: 1 }), base);
    assert.notEqual(requestFingerprint('POST', '/clients?x=1', { a: 1 }), base);
    assert.notEqual(requestFingerprint('POST', '/clients', { a: 2 }), base);
    assert.notEqual(requestFingerprint('POST', '/clients', undefined), base);
  });

  it('accepts 1–255 printable ASCII characters as a key, and names the header when refusing one', () => {
    for (const key of ['a', ' x ', '~'.repeat(255), '6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f']) {
      assert.equal(idempotencyKeyProblem(key), undefined, key);
    }
    assert.equal(idempotencyKeyProblem('')?.code, 'TOO_SMALL');
    assert.equal(idempotencyKeyProblem('a'.repeat(256))?.code, 'TOO_BIG');
    for (const key of ['tab\t', 'é', '\u007f', 'a\nb']) {
      assert.deepEqual(
        { ...idempotencyKeyProblem(key), message: '' },
        { code: 'INVALID_FORMAT', path: 'Idempotency-Key', message: '' },
      );
    }
  });
});
