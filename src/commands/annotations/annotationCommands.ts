import { WriteRejected } from '../../db/writer';
import { newAnnotation } from '../../domain/kinds/annotation';
import type { Annotation } from '../../domain/kinds/annotation';
import type { Command } from '../command';

/** Pins a note on the network diagram; `position` is an offset when it is attached to someone. */
export function addNote(
  boardId: string,
  id: string,
  text: string,
  position: { x: number; y: number },
  attachedTo: Annotation['attachedTo'],
): Command {
  const note = newAnnotation(id, boardId, text, position, attachedTo);
  return {
    name: 'addNote',
    label: 'Add a note',
    scope: boardId,
    boardId,
    plan: () => Promise.resolve([{ table: 'annotations', id, after: note }]),
  };
}

export type NotePatch = Partial<Pick<Annotation, 'text' | 'position' | 'attachedTo'>>;

/** Edits or moves a note, applied to the note as stored at write time. */
export function updateNote(boardId: string, id: string, patch: NotePatch, label: string): Command {
  return {
    name: 'updateNote',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const current = await reader.get('annotations', id);
      if (!current)
        throw new WriteRejected('That note no longer exists (deleted in another tab?)', 'conflict');
      return [{ table: 'annotations', id, after: { ...current, ...patch } }];
    },
  };
}
