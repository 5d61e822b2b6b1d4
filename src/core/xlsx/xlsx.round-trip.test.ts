/**
 * importTargetsXlsx(exportTargetsXlsx(x)) deep-equals x: on the seed (every field, raw texts included,
 * document order) and on random documents of the synthetic generator. Nothing is left out: the
 * department plan has its own sheet, the raw cell texts travel in hidden cells, the year and division
 * in the summary sheet; the commitments are read back from the overall goal, which lists them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateUnitYears } from '../../../bench/generate';
import { countBySeverity } from '../finding';
import { importTextExport } from '../import-text/index';
import { addFen, fen, formatAmount } from '../money';
import { exportTargetsXlsx, importTargetsXlsx } from './index';
import { openWorkbook, seedUnitYear, seedUrl } from './test-workbooks';

const seed = seedUnitYear(readFileSync(seedUrl));
const seedBytes = await exportTargetsXlsx(seed);

describe('the seed through Excel and back', () => {
  it('gives back the same UnitYear, without errors or warnings', async () => {
    const { unitYear, findings } = await importTargetsXlsx(seedBytes);
    expect(unitYear).toStrictEqual(seed);
    expect(countBySeverity(findings)).toMatchObject({ error: 0, warning: 0 });
  });

  it('keeps what the seed says: 9 projects, 103 indicators, 354.72 万元', async () => {
    const { unitYear } = await importTargetsXlsx(seedBytes);
    expect(unitYear?.projects).toHaveLength(9);
    expect(unitYear?.projects.flatMap((project) => project.indicators)).toHaveLength(103);
    expect(formatAmount(addFen(...(unitYear?.projects ?? []).map((project) => project.budget.total)), '万元')).toBe('354.72');
  });

  it('holds a summary, the department plan and one sheet per project, named after it', async () => {
    const workbook = await openWorkbook(seedBytes);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 2)).toEqual(['汇总', '部门整体绩效目标']);
    expect(names.slice(2)).toEqual(seed.projects.map((project) => project.name));
  });

  it('gives back the year that the caller names instead of the one the workbook states', async () => {
    const { unitYear } = await importTargetsXlsx(seedBytes, { year: 2022 });
    expect(unitYear?.year).toBe(2022);
  });
});

describe('a second real document (another unit, amounts in 元, checkpoints 6/9/12月底)', () => {
  it('gives back the same UnitYear', async () => {
    const document = importTextExport(readFileSync(new URL('../../../fixtures/text/funing-agriculture-2022.txt', import.meta.url))).unitYear;
    expect(document?.moneyUnit).toBe('元');
    const back = await importTargetsXlsx(await exportTargetsXlsx(document as NonNullable<typeof document>));
    expect(back.unitYear).toStrictEqual(document);
    expect(back.findings).toEqual([]);
  });
});

describe('generated documents through Excel and back', () => {
  it('give back the same UnitYear', async () => {
    const documents = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      projectsPerUnit: fc.integer({ min: 1, max: 3 }),
      indicatorsPerProject: fc.integer({ min: 1, max: 14 }),
      year: fc.integer({ min: 2019, max: 2030 }),
    });
    await fc.assert(
      fc.asyncProperty(documents, async (options) => {
        const [unitYear] = generateUnitYears({ ...options, units: 1 });
        const back = await importTargetsXlsx(await exportTargetsXlsx(unitYear as NonNullable<typeof unitYear>));
        expect(back.unitYear).toStrictEqual(unitYear);
        expect(back.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('keep a unit without a division, in 元, with twelve checkpoints and long names', async () => {
    const [generated] = generateUnitYears({ seed: 7, units: 1, projectsPerUnit: 1, indicatorsPerProject: 9 });
    const project = generated?.projects[0];
    if (!generated || !project) throw new Error('no document');
    const plan = Array.from({ length: 12 }, (_, index) => {
      const percent = index === 0 ? null : Math.round(((index + 1) / 12) * 10000) / 100;
      return { checkpoint: `${index + 1}月底`, month: index + 1, percent, raw: percent === null ? '' : `${percent}%` };
    });
    const longName = `${'很长的项目名称'.repeat(6)}[一]`;
    const inYuan = { ...project, name: longName, budget: { total: fen(5_000_000), fiscal: fen(5_000_000), other: fen(0) }, budgetRaw: { total: '50000', fiscal: '50000.00', other: '' }, spendingPlan: plan };
    const unitYear = { ...generated, unit: { ...generated.unit, divisionCode: null }, moneyUnit: '元' as const, projects: [inYuan, { ...inYuan, code: `${project.code}B` }] };
    const bytes = await exportTargetsXlsx(unitYear);
    expect((await importTargetsXlsx(bytes)).unitYear).toStrictEqual(unitYear);
    const names = (await openWorkbook(bytes)).worksheets.map((sheet) => sheet.name).slice(2);
    expect(names.every((name) => Array.from(name).length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});
