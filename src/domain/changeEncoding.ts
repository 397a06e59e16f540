/**
 * How "changed since the last meeting" is marked: a dashed amber ring round nodes and an amber
 * glow under lines on the diagram, a dashed amber ring on the map. Amber is used for nothing else,
 * so it cannot be read as a risk level or a selection.
 */
export const CHANGED_COLOUR = '#d97a00';
export const CHANGED_LEGEND = 'Changed since the last meeting (dashed amber ring)';
