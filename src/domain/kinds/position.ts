import { z } from 'zod';
import { recordBase } from '../records/base';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

export const diagramNodeKinds = ['person', 'group', 'place'] as const;

/**
 * Where a node sits in a diagram. Kept beside the person (not inside it) so that an auto-layout is
 * one undoable batch of moves and a person can sit in more than one diagram.
 */
export const diagramPositionSchema = z.object({
  ...recordBase,
  diagram: z.string().min(1).max(64),
  nodeKind: z.enum(diagramNodeKinds),
  nodeId: z.string().min(1),
  x: z.number().finite(),
  y: z.number().finite(),
  pinned: z.boolean(),
});
export type DiagramPosition = z.infer<typeof diagramPositionSchema>;

export const NETWORK_DIAGRAM = 'network';

/** Position ids are derived so that "where is this node" is a single key lookup. */
export const positionId = (nodeId: string, diagram = NETWORK_DIAGRAM) => `${diagram}:${nodeId}`;

type NewPosition = Given<DiagramPosition, 'boardId' | 'nodeId' | 'x' | 'y'>;

/** A person's place on the network diagram, unpinned; its id follows from the node's. */
export function newPosition(
  boardId: string,
  nodeId: string,
  x: number,
  y: number,
): DiagramPosition {
  return {
    id: positionId(nodeId),
    boardId,
    diagram: NETWORK_DIAGRAM,
    nodeKind: 'person',
    nodeId,
    x,
    y,
    pinned: false,
    ...stamps,
  };
}

export const positionKind: RecordKind<DiagramPosition, 'positions', NewPosition> = {
  table: 'positions',
  noun: { one: 'diagram position', many: 'diagram positions' },
  schema: diagramPositionSchema,
  create: ({ boardId, nodeId, x, y, ...rest }) => {
    const position = { ...newPosition(boardId, nodeId, x, y), ...rest };
    // Unless one is given, the id follows the node and the diagram.
    return { ...position, id: rest.id ?? positionId(nodeId, position.diagram) };
  },
  references: [
    onBoard,
    {
      field: 'nodeId',
      to: {
        by: 'nodeKind',
        tables: { person: 'people', group: 'groups', place: 'places' } satisfies Record<
          (typeof diagramNodeKinds)[number],
          'people' | 'groups' | 'places'
        >,
      },
      onDelete: 'cascade',
      checked: true,
    },
  ],
  fields: [],
  indexes: 'id, boardId, nodeId',
  freeText: [],
  personal: [],
};
