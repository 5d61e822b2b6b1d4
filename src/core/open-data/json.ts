/**
 * JSON of the open-data records: an array of records (schema.ts; its JSON Schema is openDataSchema),
 * two-space indented, keys in schema order, numbers as JSON numbers, money as exact decimal strings.
 */
import type { UnitYear } from '../model';
import { openDataRecords } from './records';
import type { OpenDataResults } from './results';

/** The open-data JSON of `unitYears` (with the monitoring and self-evaluation fields of `results`). Pure. */
export function exportOpenDataJson(unitYears: readonly UnitYear[], results?: OpenDataResults): string {
  return `${JSON.stringify(openDataRecords(unitYears, results), null, 2)}\n`;
}
