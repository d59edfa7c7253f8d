import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard moves on the board jump a whole column: Left and Right put the picked-up card over the previous or
 * next stage (dnd-kit's default moves it 25 px, which would take many presses to cross a column).
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const columns = context.droppableContainers
    .getEnabled()
    .map((container) => ({ id: container.id, rect: context.droppableRects.get(container.id) }))
    .filter((c): c is { id: typeof c.id; rect: NonNullable<typeof c.rect> } => c.rect !== undefined)
    .sort((a, b) => a.rect.left - b.rect.left);
  const here = context.over?.id ?? (active ? stageOf(context.active?.data.current) : undefined);
  const index = columns.findIndex((c) => c.id === here);
  const target = columns[index + (event.code === 'ArrowRight' ? 1 : -1)];
  if (!target) return undefined;
  return { x: target.rect.left + 8, y: Math.max(currentCoordinates.y, target.rect.top + 8) };
};

function stageOf(data: unknown): string | undefined {
  return (data as { contact?: { stage?: { id?: string } | null } } | undefined)?.contact?.stage?.id ?? undefined;
}
