import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDatabaseUnavailable } from '../../src/db/errors.js';

const failure = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('database errors that mean "unavailable" (503, not 500)', () => {
  it('counts storage failures: SQLite I/O errors with their extended codes, a full disk, a read-only file', () => {
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_FULL', 'SQLITE_READONLY']) {
      assert.equal(isDatabaseUnavailable(failure(code)), true, code);
    }
  });

  it('counts lost or refused connections and PostgreSQL connection-class states', () => {
    for (const code of ['ECONNREFUSED', '57P01', '08006', '57014'])
      assert.equal(isDatabaseUnavailable(failure(code)), true, code);
    assert.equal(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')), true);
  });

  it('leaves the request’s own faults and everything else alone', () => {
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', '23505', '42P01']) {
      assert.equal(isDatabaseUnavailable(failure(code)), false, code);
    }
    assert.equal(isDatabaseUnavailable('SQLITE_IOERR'), false, 'not an Error');
  });
});
