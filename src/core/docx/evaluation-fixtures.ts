/**
 * Monitoring and self-evaluation tables for the document tests: the reference document's projects with
 * reports at a 7月31日 cut-off (one indicator behind, explained), and the worked example of domain.md §5
 * beside two of its projects evaluated at their targets. Used by tests only.
 */
import type { UnitYear } from '../model';
import { projectLights } from '../monitoring/summary';
import type { MonitoringTable } from '../monitoring/monitoring-table';
import { onTrack, reportOf, wan } from '../monitoring/testing';
import type { SelfEvaluationTable } from '../self-evaluation/evaluation-table';
import { evaluationOf, pack, row, yuan } from '../self-evaluation/testing';
import { scoreProject } from '../self-evaluation/validate';
import type { Actual } from '../self-evaluation/types';

/** The seed's projects monitored at 2021-07-31: half the budget spent, the first indicator of the first project behind. */
export function seedMonitoringTable(seed: UnitYear): MonitoringTable {
  const cutOff = '2021-07-31';
  const projects = seed.projects.map((project, index) => {
    const behind = onTrack(1, project.indicators[0]?.target.kind === 'quantitative' ? { kind: 'number', value: '1' } : { kind: 'status', status: 'partial' }, {
      likelihood: 'possible',
      causes: [{ kind: 'funding', text: '上级补助资金7月下旬才到位，采购推迟到8月。' }],
      remark: '预计10月底前完成。',
      rectification: { needed: true, action: '8月完成政府采购，9月组织验收。' },
    });
    const base = reportOf(project, { spent: wan((Number(project.budget.total) / 2_000_000).toFixed(6)), expectedSpent: project.budget.total });
    const report = index === 0 ? { ...base, indicators: [behind, ...base.indicators.slice(1)] } : base;
    const lights = projectLights(project, report, { cutOff }, pack('hebei-2021'));
    return { project, report, executionPercent: lights.spending.inputs.executionPercent };
  });
  return { unit: seed.unit, year: seed.year, cutOff, title: '2021年1—7月绩效运行监控', projects };
}

/** An actual value at the target of an indicator: its number, the deadline's day, or "achieved" with full marks. */
function atTarget(target: UnitYear['projects'][number]['indicators'][number]['target'], weight: string): Actual {
  if (target.kind === 'quantitative') return { kind: 'number', value: target.valueText };
  if (target.kind === 'deadline') return { kind: 'date', date: target.date, score: null };
  return { kind: 'grade', grade: 'achieved', score: weight };
}

/** Two of the seed's projects evaluated at their targets with 95 % of the budget spent. */
export function seedSelfEvaluationTable(seed: UnitYear): SelfEvaluationTable {
  const rulePack = pack('hebei-2021');
  const projects = seed.projects.slice(0, 2).map((project) => {
    const base = evaluationOf(project, {}, rulePack);
    const indicators = project.indicators.map((indicator, index) => {
      const weight = base.weights.indicators.find((entry) => entry.indicator === index + 1)?.weight ?? 0;
      return row(index + 1, atTarget(indicator.target, (weight / 100).toFixed(2)));
    });
    const spent = yuan((Number(project.budget.total) * 0.95 / 100).toFixed(2));
    const evaluation = { ...base, spent, indicators, executionExplanation: '' };
    return { project, evaluation, goalCompletion: '全年各项工作按计划完成，资金按进度拨付。', score: scoreProject(project, evaluation, rulePack).value };
  });
  return { unit: seed.unit, year: seed.year, projects };
}
