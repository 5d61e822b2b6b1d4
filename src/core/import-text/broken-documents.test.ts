/**
 * Damaged and odd documents: each gives located findings (code, severity, line, project), never a crash.
 * The documents are the seed with a precise change; line numbers are those of the changed text.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding';
import { importTextExport, type TextImportResult } from './index';
import { readFileSync } from 'node:fs';
import { fixtureUrl, seedFile, utf8 } from './test-fixtures';

const seedText = readFileSync(fixtureUrl(seedFile), 'utf8');

/** The seed's lines, a fresh copy to change; line n is at index n − 1. */
function seedLines(): string[] {
  return seedText.split('\n');
}

function importLines(lines: readonly string[], year?: number): TextImportResult {
  return importTextExport(utf8(lines.join('\n')), year === undefined ? {} : { year });
}

/** The seed's lines 1..n. */
function cutAfter(line: number): string[] {
  return seedLines().slice(0, line);
}

function withLine(line: number, text: string): string[] {
  const lines = seedLines();
  lines[line - 1] = text;
  return lines;
}

function without(from: number, to: number): string[] {
  const lines = seedLines();
  lines.splice(from - 1, to - from + 1);
  return lines;
}

function insertedAfter(line: number, ...texts: string[]): string[] {
  const lines = seedLines();
  lines.splice(line, 0, ...texts);
  return lines;
}

function findingsOf(result: TextImportResult, code: string): Finding[] {
  return result.findings.filter((finding) => finding.code === code);
}

function expectOne(result: TextImportResult, code: string, severity: Finding['severity'], location: Finding['location']): Finding {
  const found = findingsOf(result, code);
  expect(found, JSON.stringify(result.findings, null, 1)).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity, location });
  return found[0] as Finding;
}

describe('truncated documents', () => {
  it('reports a file cut in the middle of an indicator row of project 5', () => {
    const result = importLines(cutAfter(657));
    const finding = expectOne(result, 'import.truncated', 'error', { line: 657, project: 5, projectCode: '13032221D713TAMH47AQB' });
    expect(finding.message).toContain('人才队伍建设管理经费');
    expect(result.unitYear?.projects).toHaveLength(5);
  });

  it('reports a file cut before the indicator header, naming what is missing', () => {
    const result = importLines(cutAfter(638));
    const finding = expectOne(result, 'import.truncated', 'error', { line: 637, project: 5 });
    expect(finding.message).toContain('指标表头');
    expect(findingsOf(result, 'import.missing-row')).toEqual([]);
  });

  it('reports a file cut right after a project title', () => {
    const result = importLines(cutAfter(602));
    expectOne(result, 'import.truncated', 'error', { line: 602, project: 5 });
    expect(result.unitYear?.projects).toHaveLength(5);
  });

  it('reads nothing from a file cut right after the first title, and says why', () => {
    const result = importLines(cutAfter(68));
    expect(result.unitYear).toBeNull();
    expectOne(result, 'import.truncated', 'error', { line: 68, project: 1 });
    expectOne(result, 'import.no-project-table', 'error', {});
  });
});

describe('files that are not a target document', () => {
  it.each([
    ['empty', new Uint8Array(0), 'import.empty-file'],
    ['blank lines', utf8('\n\n   \n'), 'import.empty-file'],
    ['a PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'import.binary-file'],
    ['a zip header', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'import.binary-file'],
    ['random bytes', Uint8Array.from({ length: 2048 }, (_, index) => (index * 2654435761) >>> 24), 'import.binary-file'],
    ['only Part 1', utf8(seedLines().slice(0, 65).join('\n')), 'import.no-project-table'],
  ])('gives no model for %s, with one error', (_name, bytes, code) => {
    const result = importTextExport(bytes);
    expect(result.unitYear).toBeNull();
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code)).toEqual([code]);
  });
});

describe('damaged project tables', () => {
  it('reports the missing 资金支出计划 rows of project 3 after the line they belong', () => {
    const result = importLines(without(348, 359));
    const finding = expectOne(result, 'import.missing-row', 'error', { line: 346, project: 3, cell: '资金支出计划（%）' });
    expect(finding.message).toContain('第346行之后');
    expect(result.unitYear?.projects[2]?.spendingPlan).toEqual([]);
  });

  it('reports a 预算数 written in words at its line and cell', () => {
    const result = importLines(withLine(613, '\t二十万'));
    const finding = expectOne(result, 'import.not-a-number', 'error', { line: 613, project: 5, cell: '预算数', field: 'budget.total' });
    expect(finding.message).toContain('「二十万」');
  });

  it('reports a spending-plan cell that is not a percent', () => {
    const result = importLines(withLine(205, '\t一半'));
    expectOne(result, 'import.not-a-percent', 'error', { line: 205, project: 2, cell: '6月底', field: 'spendingPlan[1]' });
  });

  it('reports an indicator row that lost a cell', () => {
    const result = importLines(without(230, 230));
    expectOne(result, 'import.cell-count', 'error', { line: 229, project: 2 });
    expect(result.unitYear?.projects[1]?.indicators).toHaveLength(14);
  });

  it('reports an empty 三级指标 as an error and an empty 指标值 as a warning', () => {
    const result = importLines(withLine(231, '\t').map((line, index) => (index === 240 - 1 ? '\t' : line)));
    expectOne(result, 'import.required-cell-empty', 'error', { line: 231, project: 2, indicator: 2, cell: '三级指标' });
    expectOne(result, 'import.empty-cell', 'warning', { line: 240, project: 2, indicator: 3, cell: '指标值' });
  });

  it('reports a first indicator whose 一级指标 is empty, with nothing above to merge', () => {
    const result = importLines(withLine(222, '\t'));
    expectOne(result, 'import.merged-cell-without-above', 'error', { line: 222, project: 2, indicator: 1, cell: '一级指标' });
  });

  it('reports an unknown money unit', () => {
    const result = importLines(withLine(179, '\t单位：千元'));
    expectOne(result, 'import.money-unit', 'error', { line: 179, project: 2 });
  });
});

describe('documents that do not hang together', () => {
  it('reports a project code used twice, at the second use', () => {
    const result = importLines(withLine(182, '\t130322210TL1EUNN2FE59'));
    expectOne(result, 'import.duplicate-project-code', 'error', { line: 181, project: 2, projectCode: '130322210TL1EUNN2FE59' });
  });

  it('reports a project of another unit at its line', () => {
    const result = importLines(withLine(494, '\t203002中国共产党昌黎县委员会组织部机关'));
    expectOne(result, 'import.unit-mismatch', 'error', { line: 494, project: 4 });
  });

  it('reports an unknown section of the department plan and ignores its text', () => {
    const result = importLines(insertedAfter(65, '四、其他事项', '本部门无其他事项。', ''));
    expectOne(result, 'import.unknown-section', 'warning', { line: 66 });
    expect(result.unitYear?.departmentPlan.measures).toHaveLength(8);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports an unknown part', () => {
    const lines = [...seedLines(), '', '第三部分 附件', '附件一：项目测算依据'];
    expectOne(importLines(lines), 'import.unknown-section', 'warning', { line: 1203 });
  });

  it('reports stray text between two project tables', () => {
    // Two blank lines after the last row: the note is not a further paragraph of the last cell.
    const result = importLines(insertedAfter(176, '注：以上数据为初步测算。', ''));
    expectOne(result, 'import.stray-text', 'warning', { line: 177 });
    expect(result.unitYear?.projects).toHaveLength(9);
  });

  it('reports a table without its title, and still reads it as the next project', () => {
    const result = importLines(withLine(177, ''));
    expectOne(result, 'import.missing-project-title', 'warning', { line: 178, project: 2 });
    expect(result.unitYear?.projects.map((project) => project.name)[1]).toBe('基层组织建设经费');
  });

  it('reports a budget row and a purpose row that swapped places', () => {
    const lines = seedLines();
    const swapped = [...lines.slice(193, 195), '', ...lines.slice(185, 192)];
    lines.splice(185, swapped.length, ...swapped);
    const result = importLines(lines);
    expectOne(result, 'import.missing-row', 'error', { line: 195, project: 2, cell: '资金用途' });
    expectOne(result, 'import.unexpected-row', 'warning', { line: 186, project: 2 });
  });

  it('reports titles that no longer match after the code rows of projects 1 and 2 swapped tables', () => {
    const lines = seedLines();
    const first = lines.slice(71, 75);
    lines.splice(71, 4, ...lines.slice(180, 184));
    lines.splice(180, 4, ...first);
    const result = importLines(lines);
    const mismatches = findingsOf(result, 'import.title-mismatch');
    expect(mismatches.map((finding) => [finding.severity, finding.location.line, finding.location.project, finding.location.projectCode])).toEqual([
      ['warning', 68, 1, '1303222122MTNWO3C003D'],
      ['warning', 177, 2, '130322210TL1EUNN2FE59'],
    ]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('needs a year when the document names none', () => {
    const lines = seedLines().map((line) => line.replace(/20\d\d年/g, ''));
    expectOne(importLines(lines), 'import.year-unknown', 'error', {});
    const withYear = importLines(lines, 2021);
    expect(findingsOf(withYear, 'import.year-unknown')).toEqual([]);
    expect(withYear.unitYear?.year).toBe(2021);
  });
});

/** A small deterministic generator (mulberry32), so that a shuffled document is the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('shuffled documents', () => {
  it.each([1, 2, 3])('reads the seed with its lines shuffled (seed %i) into located findings', (seed) => {
    const random = generator(seed);
    const lines = seedLines();
    for (let index = lines.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [lines[index], lines[other]] = [lines[other] ?? '', lines[index] ?? ''];
    }
    const result = importLines(lines);
    expect(result.findings.some((finding) => finding.severity === 'error')).toBe(true);
    for (const finding of result.findings) {
      const line = finding.location.line;
      if (line !== undefined) expect(line >= 1 && line <= result.lineCount).toBe(true);
      if (finding.code === 'import.cell-count' || finding.code === 'import.missing-row') expect(finding.location.project).toBeGreaterThan(0);
    }
  });
});
