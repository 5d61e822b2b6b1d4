/**
 * JSON of the open-data records: an array of records (schema.ts; its JSON Schema is openDataSchema),
 * two-space indented, keys in schema order, numbers as JSON numbers, money as exact decimal strings.
 */
import type { UnitYear } from '../model';
import { openDataRecords } from './records';

/** The open-data JSON of `unitYears`. Pure. */
export function exportOpenDataJson(unitYears: readonly UnitYear[]): string {
  return `${JSON.stringify(openDataRecords(unitYears), null, 2)}\n`;
}
