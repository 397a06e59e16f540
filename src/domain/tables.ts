/**
 * The tables' side of the record kinds (src/domain/kinds): kept so importers need not change.
 * Everything here is defined, once, by the kinds and their registry.
 */
export {
  boardContentTables,
  nounFor,
  recordNoun,
  referencesOf,
  referrersOf,
  remapReferences,
  tableNames,
  tableSchemas,
  validateRecord,
  type AnyRecord,
  type FieldProblem,
  type RecordRef,
  type TableName,
  type TableRecords,
} from './kinds';
