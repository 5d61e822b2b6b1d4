/**
 * The review of the reference document (fixtures/changli-2021.txt), pinned as a readable report and
 * checked for the findings a finance reviewer expects — and for silence where the document is right.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextExport } from '../import-text';
import type { UnitYear } from '../model';
import { reviewUnitYear, type ReviewFinding, type ReviewReport } from './engine';
import { listRulePacks, selectRulePack } from './rule-packs';

function loadSeed(): UnitYear {
  const { unitYear } = importTextExport(readFileSync(new URL('../../../fixtures/changli-2021.txt', import.meta.url)));
  if (!unitYear) throw new Error('the seed did not import');
  return unitYear;
}

function render(report: ReviewReport, unitYear: UnitYear): string {
  const lines = [`规则包：${report.pack.id}（${report.pack.name}）  单位：${report.unit.code} ${report.unit.name}  年度：${report.year}`];
  for (const finding of report.findings) {
    const project = finding.location.project ? unitYear.projects[finding.location.project - 1] : undefined;
    const indicator = finding.location.indicator ? project?.indicators[finding.location.indicator - 1] : undefined;
    const where = [project ? `项目${finding.location.project}「${project.name}」` : '部门整体绩效目标', indicator ? `指标${finding.location.indicator}「${indicator.name}」` : '', finding.location.cell ?? '']
      .filter(Boolean)
      .join(' / ');
    lines.push('', `[${finding.severity}] ${finding.code}  ${where}`, `  ${finding.message}`, `  → ${finding.suggestion ?? ''}`);
    for (const evidence of finding.evidence ?? []) lines.push(`    · ${evidence.text}`);
  }
  lines.push('', `合计 ${report.summary.total} 条：${JSON.stringify(report.summary.bySeverity)} ${JSON.stringify(report.summary.byFamily)}`);
  return `${lines.join('\n')}\n`;
}

describe('the review of the Changli 2021 targets', () => {
  const unitYear = loadSeed();
  const pack = selectRulePack(listRulePacks(), { divisionCode: unitYear.unit.divisionCode, year: unitYear.year });
  if (!pack) throw new Error('no pack for the seed');
  const report = reviewUnitYear(unitYear, pack);
  const where = (code: string) => report.findings.filter((finding) => finding.code === code).map((finding) => [finding.location.project ?? 0, finding.location.indicator ?? 0]);
  const find = (code: string, project: number, indicator?: number): ReviewFinding | undefined =>
    report.findings.find((finding) => finding.code === code && finding.location.project === project && (indicator === undefined || finding.location.indicator === indicator));

  it('uses the Hebei pack for a Hebei county', () => {
    expect(report.pack.id).toBe('hebei-2021');
  });

  it('pins the whole report, readable line by line', async () => {
    await expect(render(report, unitYear)).toMatchFileSnapshot('./__snapshots__/changli-2021.review.txt');
  });

  it('finds the misspelled unit 百分百 in the remote-education project', () => {
    expect(where('values.unknown-unit')).toEqual([[6, 3], [6, 9]]);
    expect(find('values.unknown-unit', 6, 3)?.message).toBe('指标“网络畅通情况”的指标值“100百分百”中，计量单位“百分百”不是规范单位，应为“%”或“百分比”。');
    expect(find('values.unknown-unit', 6, 3)?.suggestion).toBe('改为“100%”。');
  });

  it('finds the boilerplate economic indicator in every project that has it, each with the others as evidence', () => {
    const copies = report.findings.filter((finding) => finding.code === 'quality.boilerplate' && finding.message.includes('提高财政资金的使用效率，做到节俭高效'));
    // The sentence is in 8 of the 9 projects; project 3 has its own economic indicator (增加干部经济收入).
    expect(copies.map((finding) => finding.location.project)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    for (const finding of copies) expect(finding.evidence).toHaveLength(7);
  });

  it('finds the spending plan of project 8 that leaves everything to December', () => {
    expect(where('spending-plan.all-at-year-end')).toEqual([[8, 0]]);
  });

  it('finds the grape-yield indicator in the talent project', () => {
    expect(where('quality.unrelated-indicator')).toEqual([[5, 8]]);
    expect(find('quality.unrelated-indicator', 5)?.message).toContain('葡萄');
  });

  it('finds the regulation cited with six different year spans', () => {
    expect(where('consistency.citation-years')).toEqual([[9, 3]]);
    expect(find('consistency.citation-years', 9)?.message).toMatch(/有6种写法/);
  });

  it('finds the unpaired brackets and quotes', () => {
    expect(where('consistency.unpaired-marks')).toEqual([[0, 0], [5, 1]]);
    expect(report.findings[0]?.message).toContain('两委确换届工作');
    expect(find('consistency.unpaired-marks', 5)?.message).toContain('（试行》');
  });

  it('finds the department promise of 2 talent trainings carried as >2 sessions', () => {
    expect(where('consistency.plan-numbers')).toEqual([[9, 4]]);
  });

  it('says nothing where the document is right: money adds up, promises agree, ≥1年 and 100百分比 are fine', () => {
    expect(report.findings.filter((finding) => finding.family === 'money')).toEqual([]);
    expect(report.findings.filter((finding) => finding.code === 'consistency.goal-numbers' || finding.code === 'consistency.description-target')).toEqual([]);
    const targetsFlagged = report.findings
      .filter((finding) => finding.location.field === 'target' && finding.location.indicator)
      .map((finding) => unitYear.projects[(finding.location.project ?? 1) - 1]?.indicators[(finding.location.indicator ?? 1) - 1]?.target.raw);
    expect(targetsFlagged).not.toContain('≥1年');
    expect(targetsFlagged).not.toContain('一至两年');
    expect(report.findings.filter((finding) => finding.code === 'values.unknown-unit').every((finding) => finding.message.includes('百分百'))).toBe(true);
  });
});
