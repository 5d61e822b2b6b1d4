import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../finding';
import { addFen, formatAmount } from '../money';
import { emitTextExport, importTextExport, tokenize, type Block } from './index';
import { readFileSync } from 'node:fs';
import { encodedSeedFiles, fixtureUrl, secondDocumentFile, seedFile, utf8 } from './test-fixtures';

const seedBytes = readFileSync(fixtureUrl(seedFile));
const seedText = seedBytes.toString('utf8');
const secondDocumentBytes = readFileSync(fixtureUrl(secondDocumentFile));

const seed = importTextExport(seedBytes);
const seedYear = seed.unitYear;

function percents(projectIndex: number): Array<number | null> | undefined {
  return seedYear?.projects[projectIndex]?.spendingPlan.map((checkpoint) => checkpoint.percent);
}

describe('importTextExport: the seed', () => {
  it('reads it without errors or warnings', () => {
    expect(seed.encoding).toBe('utf-8');
    expect(seed.lineCount).toBe(1201);
    expect(countBySeverity(seed.findings)).toMatchObject({ error: 0, warning: 0 });
  });

  it('names the unit, the division and the year', () => {
    expect(seedYear?.unit).toEqual({ code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' });
    expect(seedYear?.year).toBe(2021);
    expect(seedYear?.moneyUnit).toBe('万元');
  });

  it('reads 9 projects whose budgets add to exactly 354.72 万元', () => {
    const projects = seedYear?.projects ?? [];
    expect(projects).toHaveLength(9);
    const total = addFen(...projects.map((project) => project.budget.total));
    expect(formatAmount(total, '万元')).toBe('354.72');
    expect(projects[0]).toMatchObject({ code: '130322210TL1EUNN2FE59', name: '2021年选聘高校毕业生到村任职中央补助资金' });
    expect(projects[0]?.budgetRaw).toEqual({ total: '20.32', fiscal: '20.32', other: '0' });
  });

  it('reads 103 indicators, level 1 merged from the row above', () => {
    const indicators = seedYear?.projects.flatMap((project) => project.indicators) ?? [];
    expect(indicators).toHaveLength(103);
    expect(indicators.every((indicator) => indicator.level1 !== '' && indicator.level2 !== '' && indicator.name !== '')).toBe(true);
    expect(seedYear?.projects[0]?.indicators[3]).toMatchObject({ level1: '产出指标', level2: '成本指标', name: '补贴总成本', basis: '' });
    expect(seedYear?.projects[0]?.indicators[3]?.target).toMatchObject({ raw: '≤20.32万元', kind: 'quantitative' });
  });

  it('reads the spending plans, a blank cell being no commitment', () => {
    expect(percents(0)).toEqual([null, 50, 50, 100]);
    expect(percents(7)).toEqual([null, null, null, 100]);
    expect(seedYear?.projects[0]?.spendingPlan.map((checkpoint) => [checkpoint.checkpoint, checkpoint.month, checkpoint.raw])).toEqual([
      ['3月底', 3, ''],
      ['6月底', 6, '50.00%'],
      ['10月底', 10, '50.00%'],
      ['12月底', 12, '100.00%'],
    ]);
  });

  it('splits the goals cell into its paragraphs', () => {
    expect(seedYear?.projects[0]?.goals).toEqual([
      '1.按时发放，及时将选聘高校毕业生到村任职补助资金发放到位',
      '2.按标准发放，严格按照现行有关规定标准，足额将补助发放到村任职高校毕业生手中',
    ]);
  });

  it('reads the department plan: overall goal, 7 commitments, 7 sub-goals, 8 measures', () => {
    const plan = seedYear?.departmentPlan;
    expect(plan?.overallGoal).toMatch(/^昌黎县委组织部将深入学习.*翻新或新建20个村级组织活动场所。$/);
    expect(plan?.commitments).toHaveLength(7);
    expect(plan?.commitments.at(-1)).toBe('翻新或新建20个村级组织活动场所');
    expect(plan?.subGoals).toHaveLength(7);
    expect(plan?.subGoals[0]).toEqual({
      title: '（一）加强领导班子和干部队伍建设。',
      goal: '对年度考核优秀等次给予一定奖励；工资系统全覆盖。',
      indicatorText: '考核优秀人员每人不少于1500元，全县79家行政事业单位全部熟练使用工资系统。',
    });
    expect(plan?.measures).toHaveLength(8);
    expect(plan?.measures[0]).toEqual({ title: '完善制度建设。', text: '制定完善预算绩效管理制度、资金管理办法、工作保障制度等，为全年预算绩效目标的实现奠定制度基础。' });
  });

  it('places what the target parser reports at its line and cell', () => {
    const fromParser = seed.findings.filter((finding) => finding.code.startsWith('target.'));
    for (const finding of fromParser) {
      expect(finding.location).toMatchObject({ cell: '指标值', field: 'target', project: expect.any(Number), indicator: expect.any(Number) });
      expect(seedText.split('\n')[(finding.location.line ?? 0) - 1]).toContain('\t');
    }
  });

  it('pins the whole parsed seed', () => {
    expect(seed).toMatchSnapshot();
  });
});

describe('importTextExport: the seed in other encodings and line ends', () => {
  it.each(encodedSeedFiles)('reads $file ($encoding) into the identical UnitYear', ({ file, encoding }) => {
    const result = importTextExport(readFileSync(fixtureUrl(file)));
    expect(result.encoding).toBe(encoding);
    expect(result.unitYear).toEqual(seedYear);
    expect(result.findings).toEqual(seed.findings);
  });
});

describe('importTextExport: another unit in the same layout', () => {
  const second = importTextExport(secondDocumentBytes);
  const [farmland, training] = second.unitYear?.projects ?? [];

  it('reads its unit, year, money unit and division without findings', () => {
    expect(second.findings).toEqual([]);
    expect(second.unitYear).toMatchObject({
      unit: { code: '305002', name: '抚宁区农业农村局本级', divisionCode: '130306' },
      year: 2022,
      moneyUnit: '元',
    });
  });

  it('reads amounts in 元 exactly, a blank 其他资金 as zero', () => {
    expect(farmland?.budget).toEqual({ total: 150_000_000, fiscal: 120_000_000, other: 30_000_000 });
    expect(training?.budget).toEqual({ total: 8_650_000, fiscal: 8_650_000, other: 0 });
    expect(training?.budgetRaw.other).toBe('');
  });

  it('reads its own checkpoints 6/9/12月底', () => {
    expect(farmland?.spendingPlan.map((checkpoint) => [checkpoint.month, checkpoint.percent])).toEqual([
      [6, 40],
      [9, 70],
      [12, 100],
    ]);
    expect(training?.spendingPlan.map((checkpoint) => checkpoint.percent)).toEqual([null, 60, 100]);
  });

  it('keeps a multi-paragraph purpose as written, and merges level 1 and level 2 from above', () => {
    expect(farmland?.purpose).toBe('用于3000亩高标准农田的土地平整、灌溉排水和田间道路建设。\n\n其中：财政资金1200000元，村集体自筹300000元。');
    expect(farmland?.indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '田间道路长度' });
    expect(farmland?.indicators).toHaveLength(7);
    expect(training?.indicators).toHaveLength(4);
  });

  it('reads its department plan', () => {
    const plan = second.unitYear?.departmentPlan;
    expect(plan?.commitments).toEqual(['完成3000亩高标准农田建设', '培训高素质农民200人', '改造农村户厕1200座']);
    expect(plan?.subGoals.map((subGoal) => subGoal.title)).toEqual(['（一）夯实农业生产基础。', '（二）提升农民素质。']);
    expect(plan?.measures.map((measure) => measure.title)).toEqual(['加强组织领导。', '强化资金监管。', '做好绩效监控。']);
  });

  it('takes the year from the options over the document', () => {
    expect(importTextExport(secondDocumentBytes, { year: 2023 }).unitYear?.year).toBe(2023);
  });
});

/** The tables of a text: rows of cell texts. */
function tablesOf(text: string): string[][][] {
  return tokenize(text).flatMap((block) => (block.kind === 'table' ? [block.rows.map((row) => row.cells.map((cell) => cell.text))] : []));
}

/** Headings and paragraphs of Part 1 (everything before the first table's title). */
function partOneOf(text: string): string[] {
  const blocks: Block[] = tokenize(text);
  const end = blocks.findIndex((block) => block.kind === 'heading' && block.level === 'project');
  return blocks.slice(0, end).map((block) => (block.kind === 'table' ? '' : block.text));
}

describe('emitTextExport', () => {
  const emitted = seedYear ? emitTextExport(seedYear) : '';

  it('writes the seed’s tables back cell for cell', () => {
    expect(tablesOf(emitted)).toEqual(tablesOf(seedText));
  });

  it('writes a title line stating the unit and the year, then Part 1 back paragraph for paragraph', () => {
    const [title, ...partOne] = partOneOf(emitted);
    expect(title).toBe('中国共产党昌黎县委员会组织部本级2021年度预算绩效目标');
    expect(partOne).toEqual(partOneOf(seedText));
  });

  it('writes a text that imports to the deep-equal UnitYear (the same findings, one line further down)', () => {
    const again = importTextExport(utf8(emitted));
    expect(again.unitYear).toEqual(seedYear);
    const shifted = seed.findings.map((finding) => ({ ...finding, location: { ...finding.location, line: (finding.location.line ?? 0) + 1 } }));
    expect(again.findings.map((finding) => ({ ...finding, message: finding.message.replace(/第\d+行/g, '') }))).toEqual(
      shifted.map((finding) => ({ ...finding, message: finding.message.replace(/第\d+行/g, '') })),
    );
  });

  it('reads the year from the title when no name or deadline states it', () => {
    const text = emitted.replace(/2021年(?!度预算绩效目标)/g, '');
    const again = importTextExport(utf8(text));
    expect(again.findings.filter((finding) => finding.code === 'import.year-unknown')).toEqual([]);
    expect(again.unitYear?.year).toBe(2021);
  });

  it('titles each table N.<name>绩效目标表 and writes LF line ends only', () => {
    expect(emitted).toContain('\n1.2021年选聘高校毕业生到村任职中央补助资金绩效目标表\n\t203001中国共产党昌黎县委员会组织部本级\n\t单位：万元\n');
    expect(emitted).not.toContain('\r');
  });

  it('round-trips the second document too', () => {
    const second = importTextExport(secondDocumentBytes).unitYear;
    expect(second && importTextExport(utf8(emitTextExport(second))).unitYear).toEqual(second);
  });
});
