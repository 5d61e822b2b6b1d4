/**
 * Workbooks and files for the Excel tests: the seed's UnitYear, exceljs round trips of bytes, and a
 * minimal OLE compound file (the container of password-protected Office files and of old .xls).
 * Used by tests only.
 */
import ExcelJS from 'exceljs';
import { importTextExport } from '../import-text/index';
import type { UnitYear } from '../model';

/** Where the reference document is; the tests read it (src/core does no IO, its tests may). */
export const seedUrl = new URL('../../../fixtures/changli-2021.txt', import.meta.url);

/** The reference document's UnitYear: fixtures/changli-2021.txt (its bytes) through the text importer. */
export function seedUnitYear(seedBytes: Uint8Array): UnitYear {
  const { unitYear } = importTextExport(seedBytes);
  if (!unitYear) throw new Error('the seed did not import');
  return unitYear;
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The worksheet named `name`; throws (a broken test) when there is none. */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The row of the indicator header (一级指标) of a project sheet. */
export function headerRowOf(sheet: ExcelJS.Worksheet): number {
  for (let row = 1; row <= sheet.rowCount; row += 1) if (sheet.getCell(row, 1).value === '一级指标') return row;
  throw new Error(`no indicator header in ${sheet.name}`);
}

const sector = 512;
const endOfChain = 0xfffffffe;
const freeSector = 0xffffffff;
const noStream = 0xffffffff;

function directoryEntry(name: string, type: number, start: number, size: number, child: number, right: number): Uint8Array {
  const entry = new Uint8Array(128);
  const view = new DataView(entry.buffer);
  Array.from(name).forEach((char, index) => view.setUint16(index * 2, char.charCodeAt(0), true));
  view.setUint16(64, name === '' ? 0 : (name.length + 1) * 2, true);
  entry[66] = type;
  entry[67] = 1;
  view.setUint32(68, noStream, true);
  view.setUint32(72, right, true);
  view.setUint32(76, child, true);
  view.setUint32(116, start, true);
  view.setUint32(120, size, true);
  return entry;
}

/**
 * A compound file (CFB v3) holding `streams` (at most three, each ≥ 4096 bytes so that they sit in
 * ordinary sectors): one FAT sector, one directory sector, then the streams' sectors.
 */
export function buildCompoundFile(streams: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Uint8Array {
  const sectorsOf = (bytes: Uint8Array) => Math.ceil(bytes.length / sector);
  const dataSectors = streams.reduce((sum, stream) => sum + sectorsOf(stream.bytes), 0);
  const file = new Uint8Array(sector * (3 + dataSectors));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [[24, 0x3e], [26, 3], [28, 0xfffe], [30, 9], [32, 6]].forEach(([at = 0, value = 0]) => view.setUint16(at, value, true));
  [[44, 1], [48, 1], [56, 4096], [60, endOfChain], [68, endOfChain], [76, 0]].forEach(([at = 0, value = 0]) => view.setUint32(at, value, true));
  for (let index = 1; index < 109; index += 1) view.setUint32(76 + index * 4, freeSector, true);
  const fat = (index: number, value: number) => view.setUint32(sector + index * 4, value, true);
  for (let index = 0; index < sector / 4; index += 1) fat(index, freeSector);
  fat(0, 0xfffffffd);
  fat(1, endOfChain);
  const directory = 2 * sector;
  file.set(directoryEntry('Root Entry', 5, endOfChain, 0, streams.length > 0 ? 1 : noStream, noStream), directory);
  let next = 2;
  streams.forEach((stream, index) => {
    const count = sectorsOf(stream.bytes);
    for (let offset = 0; offset < count; offset += 1) fat(next + offset, offset === count - 1 ? endOfChain : next + offset + 1);
    const right = index + 1 < streams.length ? index + 2 : noStream;
    file.set(directoryEntry(stream.name, 2, next, stream.bytes.length, noStream, right), directory + (index + 1) * 128);
    file.set(stream.bytes, sector * (next + 1));
    next += count;
  });
  return file;
}
