import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampOrder, placeAt, positionChanges } from '../../src/modules/stages/stage.order.js';

describe('stage ordering rules', () => {
  it('clamps a wanted order to the list', () => {
    assert.equal(clampOrder(undefined, 3), 3);
    assert.equal(clampOrder(0, 3), 0);
    assert.equal(clampOrder(3, 3), 3);
    assert.equal(clampOrder(10, 3), 3);
  });

  it('inserts a new id, or moves an existing one', () => {
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'x', undefined), ['a', 'b', 'c', 'x']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'x', 0), ['x', 'a', 'b', 'c']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'x', 2), ['a', 'b', 'x', 'c']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'a', 2), ['b', 'c', 'a']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'c', 0), ['c', 'a', 'b']);
    assert.deepEqual(placeAt(['a', 'b', 'c'], 'b', 9), ['a', 'c', 'b']);
    assert.deepEqual(placeAt([], 'x', 4), ['x']);
  });

  it('lists only the stages whose position moves', () => {
    const current = [
      { id: 'a', order: 0 },
      { id: 'b', order: 1 },
      { id: 'c', order: 2 },
    ];
    assert.deepEqual(positionChanges(current, ['a', 'b', 'c']), []);
    assert.deepEqual(positionChanges(current, ['c', 'a', 'b']), [
      { id: 'c', order: 0 },
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
    ]);
    // A new id (not yet stored) is not a change to write; a gap left by a removed one is closed.
    assert.deepEqual(positionChanges(current, ['a', 'x', 'b', 'c']), [
      { id: 'b', order: 2 },
      { id: 'c', order: 3 },
    ]);
    assert.deepEqual(positionChanges(current, ['a', 'c']), [{ id: 'c', order: 1 }]);
  });
});
