/**
 * Open data: targets as JSON and CSV under the national exchange field names next to Jixiao's own
 * (docs/open-data.md). Pure: unit years in, text out.
 */
export { exportOpenDataCsv } from './csv';
export { exportOpenDataJson } from './json';
export { openDataRecords, spendingPlanText } from './records';
export { completeRate, resultFields, type OpenDataResults, type ResultFields } from './results';
export { openDataFields, openDataRecordSchema, openDataSchema, type OpenDataRecord } from './schema';
