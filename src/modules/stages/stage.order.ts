/**
 * Pure ordering rules for a pipeline's stages: orders are always 0..n-1 with no gaps, so a stage's
 * `order` is also its index in the list.
 */

/** Clamps a requested position to the list: past the end means last. */
export function clampOrder(order: number | undefined, length: number): number {
  if (order === undefined || order > length) return length;
  return Math.max(0, order);
}

/** The ids with `id` taken out and put back at `order` (clamped). Without `id` in the list, it is inserted. */
export function placeAt(ids: readonly string[], id: string, order: number | undefined): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = clampOrder(order, rest.length);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The stages whose position differs between `current` and the wanted order of ids (absent ids are ignored). */
export function positionChanges(
  current: readonly { id: string; order: number }[],
  wanted: readonly string[],
): { id: string; order: number }[] {
  const before = new Map(current.map((s) => [s.id, s.order]));
  const changes: { id: string; order: number }[] = [];
  wanted.forEach((id, order) => {
    const was = before.get(id);
    if (was !== undefined && was !== order) changes.push({ id, order });
  });
  return changes;
}
