/**
 * Across projects (consistency.*): project codes and names are unique within a year, and one indicator
 * name does not mean "more is better" in one project and "less is better" in another.
 */
import { compact } from '../cells';
import type { IndicatorEntry } from '../context';
import { defineRule, noSettings, type RuleFinding } from '../rule';
import { indicatorEvidence, indicatorLabel, indicatorLocation, projectLocation, quote } from '../wording';
import type { Project } from '../../model';

function duplicates(projects: readonly Project[], keyOf: (project: Project) => string): Array<{ project: Project; index: number; first: number }> {
  const firstIndex = new Map<string, number>();
  return projects.flatMap((project, index) => {
    const key = keyOf(project);
    const first = firstIndex.get(key);
    if (key === '') return [];
    if (first === undefined) return (firstIndex.set(key, index), []);
    return [{ project, index, first }];
  });
}

export const duplicateProjectCode = defineRule({
  id: 'consistency.duplicate-project-code',
  family: 'consistency',
  title: '项目编码重复',
  explanation: '项目编码在一个年度内唯一标识一个预算项目，预算批复、支付和监控都按编码对应；编码重复，两个项目的资金和目标就会混在一起。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    const projects = context.unitYear.projects;
    return duplicates(projects, (project) => compact(project.code)).map(({ project, index, first }) => ({
      location: projectLocation(project, index, 'code', '项目编码'),
      message: `第${index + 1}个项目${quote(project.name)}的项目编码${quote(project.code)}与第${first + 1}个项目${quote(projects[first]?.name ?? '')}相同。`,
      suggestion: '核对预算系统中的项目编码，每个项目填写各自的编码。',
    }));
  },
});

export const duplicateProjectName = defineRule({
  id: 'consistency.duplicate-project-name',
  family: 'consistency',
  title: '项目名称重复',
  explanation: '同一年度两个项目同名，公开和汇总时无法区分，往往是复制了上一个项目的表格后忘了修改。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    const projects = context.unitYear.projects;
    return duplicates(projects, (project) => compact(project.name)).map(({ project, index, first }) => ({
      location: projectLocation(project, index, 'name', '项目名称'),
      message: `第${index + 1}个项目与第${first + 1}个项目同名（${quote(project.name)}）。`,
      suggestion: '若是两个项目，改用能区分两者的名称；若是同一个项目，合并为一张表。',
    }));
  },
});

export const indicatorDirection = defineRule({
  id: 'consistency.indicator-direction',
  family: 'consistency',
  title: '同名指标在不同项目中方向相反',
  explanation: '同一个指标在一个项目里是“越高越好”（≥），在另一个项目里却是“越低越好”（≤），至少有一处把指标性质写反了，评分会因此颠倒。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    const byName = new Map<string, IndicatorEntry[]>();
    for (const entry of context.indicators) {
      const target = entry.indicator.target;
      if (target.kind !== 'quantitative' || target.direction === 'exact') continue;
      const key = compact(entry.indicator.name);
      const group = byName.get(key);
      if (group) group.push(entry);
      else byName.set(key, [entry]);
    }
    return [...byName.values()].filter((entries) => entries.length > 1).flatMap((entries) => {
      const first = entries[0] as IndicatorEntry;
      const direction = directionOf(first);
      return entries
        .filter((entry) => entry.projectIndex !== first.projectIndex && directionOf(entry) !== direction)
        .map((entry): RuleFinding => ({
          location: indicatorLocation(entry, 'target'),
          message: `${indicatorLabel(entry)}的指标值${quote(entry.indicator.target.raw)}是${directionName(entry)}，同名指标在项目${quote(first.project.name)}中却是${directionName(first)}（${quote(first.indicator.target.raw)}）。`,
          suggestion: '核对两处的指标性质（≥ 或 ≤），同一指标应按同一方向考核。',
          evidence: [indicatorEvidence(first, 'target', first.indicator.target.raw)],
        }));
    });
  },
});

function directionOf(entry: IndicatorEntry): string {
  return entry.indicator.target.kind === 'quantitative' ? entry.indicator.target.direction : '';
}

function directionName(entry: IndicatorEntry): string {
  return directionOf(entry) === 'higher' ? '下限（越高越好）' : '上限（越低越好）';
}
