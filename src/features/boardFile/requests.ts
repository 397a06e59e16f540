import type { Board } from '../../domain/kinds/board';
import { chunk } from '../../ui/chunk';

/**
 * What the user asked of board files: asked here, outside React, so that a button anywhere (a
 * board card, the board list, the board's Export menu, a file dropped on the app) can ask, and
 * the one host (BoardFileHost, in the app shell) shows the dialog. The dialogs and the file
 * format are a chunk of their own, fetched when first asked for.
 */
type Asked = { kind: 'save'; board: Board } | { kind: 'backup' } | { kind: 'open'; file: File };

/** Each request is numbered, so asking again (another file dropped) starts its dialog afresh. */
export type BoardFileRequest = Asked & { id: number };
let asked = 0;

/** The host's setter while it is mounted (it always is, once the app has opened). */
let show: ((request: BoardFileRequest | null) => void) | null = null;

export function hostRequests(setter: typeof show): void {
  show = setter;
}

export const dialogs = chunk(() => import('./BoardFileDialogs'));

/**
 * Saving and opening without the dialogs, as the dialogs run them (for the test API): from the
 * dialogs' chunk, so the first download holds no second chunk name for them.
 */
export const loadBoardFileTools = () => dialogs.load();

function ask(request: Asked | null): void {
  if (request) void dialogs.load();
  show?.(request && { ...request, id: ++asked });
}

/** "Save board to file": asks how (redaction, passphrase), then downloads the file. */
export const saveBoardToFile = (board: Board) => ask({ kind: 'save', board });

/** "Back up every board": one file with every board on this device. */
export const backUpEveryBoard = () => ask({ kind: 'backup' });

/** Opens a board file (or a backup): checks all of it, then adds, replaces or merges as chosen. */
export const openBoardFile = (file: File) => ask({ kind: 'open', file });

export const closeBoardFileDialog = () => ask(null);
