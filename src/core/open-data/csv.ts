/**
 * CSV of the open-data records: UTF-8 with a byte-order mark (so that Excel opens it as Chinese text),
 * RFC 4180 (fields with a comma, a double quote, CR or LF are quoted, quotes doubled; CRLF between
 * records), a header row of the field names in schema order. null is an empty field. Values are
 * written as they are: a cell that starts with "=" is data here, and stays so in the JSON.
 */
import type { UnitYear } from '../model';
import { openDataRecords } from './records';
import type { OpenDataResults } from './results';
import { openDataFields, type OpenDataRecord } from './schema';

const byteOrderMark = '\uFEFF';
const needsQuotes = /[",\r\n]/;

/** One field as RFC 4180 writes it. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV line of a record (without the line end). */
export function csvLine(record: OpenDataRecord): string {
  return openDataFields.map((field) => csvField(record[field])).join(',');
}

/** The open-data CSV of `unitYears` (and `results`): BOM, header row, one row per record, CRLF after every row. Pure. */
export function exportOpenDataCsv(unitYears: readonly UnitYear[], results?: OpenDataResults): string {
  const lines = [openDataFields.join(','), ...openDataRecords(unitYears, results).map(csvLine)];
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
