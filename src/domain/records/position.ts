import { z } from 'zod';
import { recordBase } from './base';

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
