/** Kept so importers need not change: the record is defined with its kind, in kinds/basemapFile.ts. */
export * from '../kinds/basemapFile';
