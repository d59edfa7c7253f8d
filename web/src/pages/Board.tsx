import type { ClientContact, Stage } from '@clientele/sdk';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../auth';
import { Loading, Notice } from '../components/Notice';
import { describeError, isConflict } from '../errors';
import { useStages, useTitle } from '../hooks';
import { columnCoordinates } from './board-keyboard';
import { primaryEmail } from './ContactsList';

const PER_COLUMN = 100;

const fullName = (c: ClientContact) => `${c.firstName} ${c.lastName}`;

function Card({ contact, overlay = false }: { contact: ClientContact; overlay?: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: contact.id,
    data: { contact },
    disabled: overlay,
  });
  return (
    <li ref={overlay ? undefined : setNodeRef} className={`card${isDragging && !overlay ? ' dragging' : ''}`}>
      <button
        type="button"
        className="handle"
        ref={overlay ? undefined : setActivatorNodeRef}
        {...(overlay ? {} : attributes)}
        {...(overlay ? {} : listeners)}
        aria-label={`Move ${fullName(contact)}`}
      >
        <svg viewBox="0 0 10 16" aria-hidden="true" focusable="false">
          <circle cx="2" cy="2" r="1.5" />
          <circle cx="8" cy="2" r="1.5" />
          <circle cx="2" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="2" cy="14" r="1.5" />
          <circle cx="8" cy="14" r="1.5" />
        </svg>
      </button>
      <div className="card-body">
        {overlay ? (
          <strong>{fullName(contact)}</strong>
        ) : (
          <Link to={`/contacts/${contact.id}`}>{fullName(contact)}</Link>
        )}
        <span className="muted">
          {contact.role ?? 'No role'} · {contact.client.company.name}
        </span>
        {primaryEmail(contact) && (
          <span className="muted small" title={primaryEmail(contact) ?? undefined}>
            {primaryEmail(contact)}
          </span>
        )}
      </div>
    </li>
  );
}

function Column({
  stage,
  contacts,
  more,
  loading,
}: {
  stage: Stage;
  contacts: ClientContact[];
  more: boolean;
  loading: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage } });
  const headingId = `stage-${stage.id}`;
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' over' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <svg className="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <circle cx="5" cy="5" r="5" fill={stage.colorHex} />
        </svg>
        {stage.name} <span className="count">{loading ? '…' : `${contacts.length}${more ? '+' : ''}`}</span>
      </h2>
      <ul className="cards" aria-labelledby={headingId}>
        {contacts.map((c) => (
          <Card key={c.id} contact={c} />
        ))}
      </ul>
      {more && (
        <p className="small">
          <Link to={`/contacts?stage=${stage.id}`}>All contacts in {stage.name}</Link>
        </p>
      )}
    </section>
  );
}

/**
 * The contact pipeline: a column per stage. A card moves by dragging its handle, or by keyboard (Space on the
 * handle, arrows to a column, Space to drop); a move is a PATCH of stageId with If-Match, shown at once and
 * undone on the screen if the server refuses it.
 */
export function Board() {
  useTitle('Pipeline');
  const api = useApi();
  const queryClient = useQueryClient();
  const stages = useStages();
  const columns = useQueries({
    queries: (stages.data ?? []).map((s) => ({
      queryKey: ['contacts', 'board', s.id],
      queryFn: () => api.contacts.listPage({ stageIds: [s.id], limit: PER_COLUMN }),
    })),
  });
  // Moves not yet confirmed: contact id → stage id.
  const [moving, setMoving] = useState<Record<string, Stage>>({});
  const [dragged, setDragged] = useState<ClientContact | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const move = useMutation({
    mutationFn: ({ contact, stage }: { contact: ClientContact; stage: Stage }) =>
      api.contacts.update(contact.id, { stageId: stage.id }, { ifMatch: contact.version }),
    onSuccess: (_saved, { contact, stage }) => {
      setStatus(`${fullName(contact)} moved to ${stage.name}.`);
    },
    onError: (error, { contact }) => {
      setProblem(
        isConflict(error)
          ? `${fullName(contact)} was not moved: someone else changed this contact a moment ago. The board now shows the latest.`
          : `${fullName(contact)} was not moved. ${describeError(error)}`,
      );
    },
    onSettled: async (_data, _error, { contact }) => {
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      setMoving(({ [contact.id]: _, ...rest }) => rest);
    },
  });

  if (stages.isPending) return <Loading what="pipeline" />;
  if (stages.isError) return <Notice kind="error">{describeError(stages.error)}</Notice>;

  const all = columns.flatMap((q) => q.data?.items ?? []);
  const byStage = new Map<string, ClientContact[]>(stages.data.map((s) => [s.id, []]));
  for (const c of all) {
    const stageId = moving[c.id]?.id ?? c.stage?.id;
    if (stageId) byStage.get(stageId)?.push(c);
  }
  const stageName = (id: unknown) => stages.data.find((s) => s.id === id)?.name ?? 'no stage';
  const contactName = (id: unknown) => {
    const c = all.find((x) => x.id === id);
    return c ? fullName(c) : 'the contact';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${contactName(active.id)}. Use the left and right arrow keys to choose a stage.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${contactName(active.id)} is over ${stageName(over.id)}.`
        : `${contactName(active.id)} is not over a stage.`,
    onDragEnd: ({ active, over }) =>
      over ? `${contactName(active.id)} dropped on ${stageName(over.id)}.` : `${contactName(active.id)} was put back.`,
    onDragCancel: ({ active }) => `Moving ${contactName(active.id)} was cancelled.`,
  };

  function onDragStart(event: DragStartEvent) {
    setDragged((event.active.data.current as { contact: ClientContact }).contact);
    setProblem(null);
    setStatus(null);
  }
  function onDragEnd(event: DragEndEvent) {
    setDragged(null);
    const contact = (event.active.data.current as { contact: ClientContact }).contact;
    const stage = stages.data?.find((s) => s.id === event.over?.id);
    if (!stage || stage.id === (moving[contact.id]?.id ?? contact.stage?.id)) return;
    setMoving((m) => ({ ...m, [contact.id]: stage }));
    move.mutate({ contact, stage });
  }

  return (
    <>
      <div className="page-head">
        <h1>Pipeline</h1>
      </div>
      <p className="hint" id="board-help">
        Drag a card by its handle to another stage, or focus the handle, press Space, use the arrow keys to choose a
        stage, and press Space again. Escape cancels.
      </p>
      {problem && <Notice kind="error">{problem}</Notice>}
      {status && <Notice kind="success">{status}</Notice>}
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To move this contact, press Space or Enter, use the left and right arrow keys to choose a stage, then press Space or Enter to drop, or Escape to cancel.',
          },
        }}
      >
        <div className="board">
          {stages.data.map((s, i) => (
            <Column
              key={s.id}
              stage={s}
              contacts={byStage.get(s.id) ?? []}
              more={columns[i]?.data?.pageInfo.hasNextPage ?? false}
              loading={columns[i]?.isPending ?? true}
            />
          ))}
        </div>
        <DragOverlay>
          {dragged ? (
            <ul className="cards overlay">
              <Card contact={dragged} overlay />
            </ul>
          ) : null}
        </DragOverlay>
      </DndContext>
    </>
  );
}
