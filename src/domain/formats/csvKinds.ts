/** The record kinds exported as CSV, one file each, in menu order. */
export const csvKinds = ['people', 'associations', 'places', 'incidents', 'actions'] as const;
export type CsvKind = (typeof csvKinds)[number];
