import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { NetworkIntent } from './intents';

/**
 * Turns drags of people, places and notes into move intents. Several selected nodes dragged
 * together each fire `dragfree`: they are gathered into one move (one undo step). Where the pointer
 * is let go is passed on too, so a person dropped over the map is linked to a place there. A drag
 * cancelled with Escape (`cancelled`) has already been put back and stores nothing.
 * Returns the cleanup.
 */
export function gatherMoves(
  cy: Core,
  cancelled: () => boolean,
  emit: (intent: NetworkIntent) => void,
): () => void {
  let moved: NodeSingular[] = [];
  let pointer: { x: number; y: number } | null = null;
  const track = (ev: PointerEvent) => {
    pointer = { x: ev.clientX, y: ev.clientY };
  };
  cy.on('grab', 'node', () => {
    pointer = null;
    window.addEventListener('pointermove', track);
  });
  cy.on('free', 'node', () => window.removeEventListener('pointermove', track));
  cy.on('dragfree', 'node.person, node.note, node.place', (e: EventObject) => {
    if (cancelled()) return;
    const node = e.target as NodeSingular;
    if (moved.length === 0) {
      window.setTimeout(() => {
        const batch = moved;
        moved = [];
        const at = (n: NodeSingular) => ({
          x: Math.round(n.position('x')),
          y: Math.round(n.position('y')),
        });
        const nodes = batch.filter((n) => n.hasClass('person') || n.hasClass('place'));
        const notes = batch.filter((n) => n.hasClass('note'));
        if (nodes.length > 0)
          emit({
            type: 'nodes/moved',
            moves: nodes.map((n) => ({
              nodeId: n.id(),
              nodeKind: n.hasClass('place') ? ('place' as const) : ('person' as const),
              ...at(n),
            })),
            droppedAt: pointer,
          });
        if (notes.length > 0)
          emit({ type: 'notes/moved', moves: notes.map((n) => ({ noteId: n.id(), ...at(n) })) });
      }, 0);
    }
    moved.push(node);
  });
  return () => window.removeEventListener('pointermove', track);
}
