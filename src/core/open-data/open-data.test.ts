/**
 * Open data of the seed and of generated documents: the JSON validates against the published JSON
 * Schema (with Ajv, a validator we do not own), and the CSV, parsed back by a small RFC 4180 parser
 * written here, gives the same rows as the JSON.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateUnitYears } from '../../../bench/generate';
import { importTextExport } from '../import-text/index';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../testing/builders';
import type { UnitYear } from '../model';
import { exportOpenDataCsv, exportOpenDataJson, openDataFields, openDataSchema, type OpenDataRecord } from './index';

const seed = importTextExport(readFileSync(new URL('../../../fixtures/changli-2021.txt', import.meta.url))).unitYear as UnitYear;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(openDataSchema);

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold anything, "" is a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted && char === '"' && text[at + 1] === '"') {
      field += '"';
      at += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else {
      expect(text[at + 1]).toBe('\n');
      rows.push([...row, field]);
      row = [];
      field = '';
      at += 1;
    }
  }
  expect([field, row]).toEqual(['', []]);
  return rows;
}

function asCsvRow(record: OpenDataRecord): string[] {
  return openDataFields.map((field) => (record[field] === null ? '' : String(record[field])));
}

function csvMatchesJson(unitYears: UnitYear[]): void {
  const csv = exportOpenDataCsv(unitYears);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual(openDataFields);
  const records = JSON.parse(exportOpenDataJson(unitYears)) as OpenDataRecord[];
  expect(rows).toEqual(records.map(asCsvRow));
}

function validJson(unitYears: UnitYear[]): void {
  const valid = validate(JSON.parse(exportOpenDataJson(unitYears)));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('open data of the seed', () => {
  const records = JSON.parse(exportOpenDataJson([seed])) as OpenDataRecord[];

  it('has one record per indicator, with the national names and ours, keys in schema order', () => {
    expect(records).toHaveLength(103);
    expect(Object.keys(records[0] ?? {})).toEqual(openDataFields);
    expect(records[0]).toMatchObject({
      mof_div_code: '130322',
      fiscal_year: 2021,
      agency_code: '203001',
      pro_code: '130322210TL1EUNN2FE59',
      kpi_lv1: '产出指标',
      kpi_val: '100百分比',
      projectIndex: 1,
      indicatorIndex: 1,
      budgetTotalYuan: '203200.00',
      spendingPlan: '3月底:;6月底:50;10月底:50;12月底:100',
      targetKind: 'quantitative',
      comparator: '=',
      targetValue: 100,
      measureUnit: '%',
    });
    expect(records.map((record) => [record.kpi_lv2, record.level2])).toEqual(records.map((record) => [record.level2, record.kpi_lv2]));
  });

  it('adds up to 354.72 万元 over its projects, exactly', () => {
    const budgets = new Map(records.map((record) => [record.projectCode, record.budgetTotalYuan]));
    const fen = [...budgets.values()].reduce((sum, yuan) => sum + Number(yuan.replace('.', '')), 0);
    expect(budgets.size).toBe(9);
    expect(fen).toBe(354_720_000);
  });

  it('validates against the JSON Schema, and the CSV gives back the same rows', () => {
    validJson([seed]);
    csvMatchesJson([seed]);
    expect(exportOpenDataCsv([seed]).split('\r\n')).toHaveLength(105);
  });
});

describe('open data of other documents', () => {
  it('quotes commas, quotes and line breaks in the CSV', () => {
    const purpose = '用于"两委"换届,印刷资料\r\n第二行\n第三行';
    const unitYear = buildUnitYear({ projects: [buildProject({ purpose, indicators: [buildIndicator({ name: '满意度, "群众"', target: buildTarget() })] })] });
    csvMatchesJson([unitYear]);
    expect(exportOpenDataCsv([unitYear])).toContain('"用于""两委""换届,印刷资料\r\n第二行\n第三行"');
  });

  it('keeps a project without indicators as one record with empty indicator fields', () => {
    const unitYear = buildUnitYear({ projects: [buildProject({ indicators: [] })] });
    const [record] = JSON.parse(exportOpenDataJson([unitYear])) as OpenDataRecord[];
    expect(record).toMatchObject({ pro_code: '130322210TESTPROJECT01', indicatorIndex: null, kpi_lv1: null, targetKind: null });
    validJson([unitYear]);
    csvMatchesJson([unitYear]);
  });

  it('validates and matches for random generated counties', () => {
    const options = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), units: fc.integer({ min: 1, max: 3 }), projectsPerUnit: fc.integer({ min: 1, max: 4 }), indicatorsPerProject: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(options, (value) => {
        const unitYears = generateUnitYears(value);
        validJson(unitYears);
        csvMatchesJson(unitYears);
      }),
      { numRuns: 25 },
    );
  });

  it('is rejected by the schema when a field is missing or of the wrong type', () => {
    const [record] = JSON.parse(exportOpenDataJson([seed])) as Array<Record<string, unknown>>;
    const { pro_code: _dropped, ...missing } = record ?? {};
    expect(validate([missing])).toBe(false);
    expect(validate([{ ...record, fiscal_year: '2021' }])).toBe(false);
  });
});

describe('docs/open-data.md', () => {
  it('has a row for every field of the record', () => {
    const docs = readFileSync(new URL('../../../docs/open-data.md', import.meta.url), 'utf8');
    const missing = openDataFields.filter((field) => !docs.includes(`| \`${field}\` |`));
    expect(missing).toEqual([]);
  });
});
