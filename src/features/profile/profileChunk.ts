import { chunk } from '../../ui/chunk';

/**
 * The report (its charts and the profile's counting) and the board list's chooser, in one chunk
 * fetched when either is first wanted: one entry in the first download rather than two.
 */
export const profileParts = chunk(() => import('./profileParts'));
