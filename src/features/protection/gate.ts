import { protectionCode, protectionRow } from './protectionCode';

/**
 * Whether the boards can be read yet, asked before anything else is read (even the user's name:
 * settings are sealed too). The protection setting, never sealed, is read raw first: on a device
 * that never turned protection on, the sealing code is not loaded at all. Where it is on, loading
 * it puts the sealing under the database before any record is read.
 */
export async function gate(): Promise<'open' | 'locked' | 'damaged'> {
  if (!(await protectionRow())) return 'open';
  const { protectionState } = await protectionCode();
  const state = await protectionState();
  return state.kind === 'locked' || state.kind === 'damaged' ? state.kind : 'open';
}
