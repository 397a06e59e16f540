import { WriteRejected } from '../../db/writer';
import { newAction } from '../../domain/kinds/action';
import type { Action } from '../../domain/kinds/action';
import type { Command } from '../command';

type NewActionFields = Parameters<typeof newAction>[2];

/** Adds an action to the plan. The record's own schema refuses a missing agency or due date. */
export function addAction(boardId: string, id: string, fields: NewActionFields): Command {
  return {
    name: 'addAction',
    label: `Add action: ${fields.description.trim().slice(0, 60)}`,
    scope: boardId,
    boardId,
    plan: () => Promise.resolve([{ table: 'actions', id, after: newAction(id, boardId, fields) }]),
  };
}

export type ActionPatch = Partial<Omit<Action, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes fields of an action, applied to the action as stored at write time. Typing in one field
 * coalesces into one undo step.
 */
export function updateAction(action: Action, patch: ActionPatch, label?: string): Command {
  const field = Object.keys(patch)[0] ?? 'none';
  return {
    name: 'updateAction',
    label: label ?? `Edit action: ${action.description.slice(0, 60)}`,
    scope: action.boardId,
    boardId: action.boardId,
    coalesceKey: `action:${action.id}:${field}`,
    plan: async (reader) => {
      const current = await reader.get('actions', action.id);
      if (!current)
        throw new WriteRejected(
          'That action no longer exists (deleted in another tab?)',
          'conflict',
        );
      return [{ table: 'actions', id: action.id, after: { ...current, ...patch } }];
    },
  };
}

/** Removes actions from the plan (one undo step). */
export function deleteActions(boardId: string, actions: readonly Action[]): Command {
  return {
    name: 'deleteActions',
    label:
      actions.length === 1
        ? `Delete action: ${actions[0]!.description.slice(0, 60)}`
        : `Delete ${actions.length} actions`,
    scope: boardId,
    boardId,
    plan: () =>
      Promise.resolve(actions.map((a) => ({ table: 'actions' as const, id: a.id, after: null }))),
  };
}
