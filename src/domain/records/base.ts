import { z } from 'zod';
import { isoDateTime } from '../dates';
import { idText } from '../text';

/** Every stored record carries these; `boardId` of a board is its own id. */
export const recordBase = {
  id: idText,
  boardId: idText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export type RecordBase = { id: string; boardId: string; createdAt: string; updatedAt: string };

export const enumOf = <K extends string>(keys: readonly [K, ...K[]], what: string) =>
  z.enum(keys, { error: (iss) => `"${String(iss.input)}" is not a known ${what}` });
