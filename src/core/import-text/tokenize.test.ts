import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixtureUrl, seedFile } from './test-fixtures';
import { classifyHeading, countLines, tokenize, type Block, type TableBlock } from './tokenize';

function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.kind === 'table');
}

function cellTexts(table: TableBlock | undefined): string[][] {
  return table?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
}

describe('tokenize: rows and cells', () => {
  it('makes one cell per tab line and closes a row at a blank line', () => {
    const blocks = tokenize('\ta\n\tb\n\n\tc\n\t\n\n');
    expect(cellTexts(tables(blocks)[0])).toEqual([['a', 'b'], ['c', '']]);
    expect(tables(blocks)[0]?.rows.map((row) => [row.line, row.lastLine])).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it('continues a cell with a line after at most one blank line, keeping the blank line', () => {
    const [table] = tables(tokenize('\t绩效目标\n\t1.第一段\n\n2.第二段\n\n\n\t一级指标\n'));
    expect(cellTexts(table)).toEqual([['绩效目标', '1.第一段\n\n2.第二段'], ['一级指标']]);
    expect(table?.rows[0]?.lastLine).toBe(4);
  });

  it('continues a cell with a line right under it, and the next tab line stays in the row', () => {
    expect(cellTexts(tables(tokenize('\ta\nmore\n\tb\n'))[0])).toEqual([['a\nmore', 'b']]);
  });

  it('ends the table when two blank lines separate a line from the last cell', () => {
    const blocks = tokenize('\ta\n\n\nstray text\n\n\tb\n');
    expect(blocks.map((block) => block.kind)).toEqual(['table', 'paragraph', 'table']);
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: 'stray text', line: 4 });
  });

  it('never continues a cell with a heading', () => {
    const blocks = tokenize('\ta\n\n2.下一个项目绩效目标表\n\tb\n');
    expect(blocks.map((block) => block.kind)).toEqual(['table', 'heading', 'table']);
    expect(blocks[1]).toMatchObject({ level: 'project', numbering: '2', title: '下一个项目', line: 3 });
  });

  it('joins consecutive text lines into one paragraph', () => {
    expect(tokenize('一\n二\n\n三\n')).toEqual([
      { kind: 'paragraph', text: '一\n二', line: 1, lastLine: 2 },
      { kind: 'paragraph', text: '三', line: 4, lastLine: 4 },
    ]);
  });
});

describe('classifyHeading', () => {
  it.each([
    [' 第一部分', 'part', '一', ''],
    ['第二部分 预算项目绩效目标', 'part', '二', '预算项目绩效目标'],
    ['一、总体绩效目标{ TC 总体绩效目标 \\f A \\l 1 }', 'section', '一', '总体绩效目标'],
    ['（七）修缮村级组织活动场所', 'subsection', '七', '修缮村级组织活动场所'],
    ['(三) 开创人才工作局面。', 'subsection', '三', '开创人才工作局面。'],
    ['1.2021年选聘高校毕业生到村任职中央补助资金绩效目标表{ TC 1、… \\f C \\l 1 }', 'project', '1', '2021年选聘高校毕业生到村任职中央补助资金'],
    ['12、干部教育培训费绩效目标表', 'project', '12', '干部教育培训费'],
    ['干部教育培训费{ TC 干部教育培训费 \\f C \\l 1 }', 'project', '', '干部教育培训费'],
  ])('reads %j as a %s heading', (line, level, numbering, title) => {
    const heading = classifyHeading(line, 1);
    expect(heading).toMatchObject({ kind: 'heading', level, numbering, title });
    expect(heading?.text).not.toContain('TC');
  });

  it.each(['2.1.创新教学方法和手段', '2.按标准发放，严格按照现行有关规定标准', '绩效目标：对年度考核优秀等次给予一定奖励', '完善制度建设。制定完善预算绩效管理制度'])(
    'leaves %j as an ordinary line',
    (line) => {
      expect(classifyHeading(line, 1)).toBeNull();
    },
  );
});

describe('tokenize: the seed', () => {
  const seedText = readFileSync(fixtureUrl(seedFile), 'utf8');
  const blocks = tokenize(seedText);

  it('finds the 9 project tables under their 9 titles', () => {
    const titles = blocks.filter((block) => block.kind === 'heading' && block.level === 'project');
    expect(titles.map((title) => title.line)).toEqual([68, 177, 328, 493, 602, 718, 834, 943, 1052]);
    expect(tables(blocks)).toHaveLength(9);
  });

  it('finds 103 indicator rows and 9 header rows of 6 cells', () => {
    const rows = tables(blocks).flatMap((table) => table.rows);
    expect(rows.filter((row) => row.cells.length === 6)).toHaveLength(112);
  });

  it('keeps the two-paragraph goals cell of project 1 whole', () => {
    const goals = tables(blocks)[0]?.rows[6];
    expect(goals?.cells[1]?.text.split('\n\n')).toHaveLength(2);
    expect([goals?.line, goals?.lastLine]).toEqual([100, 103]);
  });

  it('counts the seed’s 1201 lines (the last one holds a space and no line end)', () => {
    expect(countLines(seedText)).toBe(1201);
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});
