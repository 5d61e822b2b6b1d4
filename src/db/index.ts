/**
 * The storage layer: open the database (PGlite in a data folder, or a PostgreSQL server) and store and
 * read unit years and their imports. The only place SQL lives.
 */
export type { Database, DatabaseOptions, Orm } from './database';
export { defaultDataDir, openDatabase } from './open-database';
export { storeUnitYear, type StoreUnitYearOptions, type StoredUnitYear } from './store-unit-year';
export { loadUnitYear } from './load-unit-year';
export { listUnitYears, type UnitYearSummary } from './list-unit-years';
export {
  listImports,
  loadImport,
  type ImportRecord,
  type ImportRecordInput,
  type ImportSummary,
} from './import.repository';

// For benchmarks: the rows a store inserts, and the statements it inserts them with.
export { schema } from './schema';
export { buildUnitYearRows, insertKeys, type UnitYearRows } from './unit-year-rows';
export { insertUnitYearRows } from './store-unit-year';
export { defaultParametersPerStatement, insertRows, maxBindParameters, multiRowInsertStatements } from './multi-row-insert';
export {
  listReviewFindings,
  replaceReviewFindings,
  type ReviewFindingFilter,
  type ReviewToStore,
  type StoredReviewFinding,
} from './review.repository';
