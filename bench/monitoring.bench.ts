/**
 * Monitoring and self-evaluation of a county, through the use cases on PGlite and PostgreSQL: a county —
 * 100 units × 10 projects × 15 indicators — imported through the real import; a monitoring round opened for
 * all its units, every project's report saved (half the budget spent, half of each quantitative target reached)
 * and every unit submitted; then every project self-evaluated (targets met, 90 % of the budget spent).
 * Prints saves per second and the median time of the reads finance makes: the division view of the round (a
 * hundred units' lights), one unit's monitoring, one unit's self-evaluation summary and the division ranking.
 * Asserts nothing.
 *   node bin/run-ts.js bench/monitoring.bench.ts [--units 100] [--driver pglite|postgres|both]
 */
import { parseArgs } from 'node:util';
import { commandLineCaller } from '../src/app/audit/caller';
import type { Deps } from '../src/app/deps';
import { openMonitoringRound } from '../src/app/monitoring/open-monitoring-round';
import type { MonitoringProjectView } from '../src/app/monitoring/monitoring-view';
import { saveMonitoringReport } from '../src/app/monitoring/save-monitoring-report';
import { showMonitoringRound } from '../src/app/monitoring/show-monitoring-round';
import { showUnitMonitoring } from '../src/app/monitoring/show-unit-monitoring';
import { submitUnitMonitoring } from '../src/app/monitoring/submit-unit-monitoring';
import type { EvaluationView } from '../src/app/self-evaluation/evaluation-view';
import type { EvaluationEdit } from '../src/app/self-evaluation/read-evaluation-edit';
import { rankSelfEvaluations } from '../src/app/self-evaluation/rank-self-evaluations';
import { saveSelfEvaluation } from '../src/app/self-evaluation/save-self-evaluation';
import { showSelfEvaluation } from '../src/app/self-evaluation/show-self-evaluation';
import { showUnitSelfEvaluation } from '../src/app/self-evaluation/show-unit-self-evaluation';
import { registerDivision } from '../src/app/users/directory';
import type { Indicator } from '../src/core/model';
import { fen, formatAmount, type Fen } from '../src/core/money';
import type { Progress } from '../src/core/monitoring';
import type { Actual } from '../src/core/self-evaluation';
import { formatHundredths } from '../src/core/self-evaluation/weights';
import { openDatabase, type DatabaseOptions } from '../src/db';
import { generateUnitYears } from './generate';
import { importCounty, median, runOnDrivers } from './support';

const { values: args } = parseArgs({ options: { units: { type: 'string', default: '100' }, driver: { type: 'string', default: 'both' } } });
const caller = commandLineCaller;
/** `percent` % of `amount`, in 万元 as a form takes it (whole fen, rounded down). */
const wan = (amount: Fen, percent: number) => formatAmount(fen(Math.floor((amount * percent) / 100)), '万元');

/** Half of a quantitative target to date, 达成 for the others. */
function progressOf(indicator: Indicator, share: number): Progress {
  const { target } = indicator;
  if (target.kind !== 'quantitative') return { kind: 'status', status: 'achieved' };
  return { kind: 'number', value: String(Number(target.valueText) * share) };
}

async function reportProject(deps: Deps, roundId: string, project: MonitoringProjectView): Promise<void> {
  const indicators = project.indicators.map(({ id, indicator }) => ({
    indicatorId: id,
    progress: progressOf(indicator, 0.5),
    expected: progressOf(indicator, 1),
    likelihood: 'certain' as const,
    causes: [],
    remark: '',
    rectification: { needed: false, action: '' },
  }));
  const report = { spent: wan(project.budget, 50), expectedSpent: wan(project.budget, 100), overspendExplanation: '', indicators };
  await saveMonitoringReport(deps, { caller, roundId, projectId: project.id, expectedVersion: project.version, report });
}

/** Targets met: the target's value, its deadline, or 达成 with the full weight as the score. */
function actualOf(entry: EvaluationView['indicators'][number]): Actual {
  const { target } = entry.indicator;
  if (target.kind === 'quantitative') return { kind: 'number', value: target.valueText };
  if (target.kind === 'deadline') return { kind: 'date', date: target.date, score: null };
  return { kind: 'grade', grade: 'achieved', score: formatHundredths(entry.weight?.weight ?? 0) };
}

async function evaluateProject(deps: Deps, projectId: string): Promise<void> {
  const view = await showSelfEvaluation(deps, { caller, projectId });
  const evaluation: EvaluationEdit = {
    adjustedBudget: wan(view.project.budget.total, 100),
    spent: wan(view.project.budget.total, 90),
    executionExplanation: '部分采购合同年底签订，尾款次年支付，执行率为90%。',
    goalCompletion: '全部完成年度绩效目标。',
    indicators: view.indicators.map((entry) => ({ indicatorId: entry.id, actual: actualOf(entry), explanation: '', notApplicable: false })),
    weights: [],
  };
  await saveSelfEvaluation(deps, { caller, projectId, expectedVersion: view.version, evaluation });
}

/** Runs `work` on every item in turn; returns the items per second. */
async function perSecond<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<number> {
  const start = performance.now();
  for (const item of items) await work(item);
  return items.length / ((performance.now() - start) / 1000);
}

async function benchDriver(label: string, storage: DatabaseOptions): Promise<void> {
  const db = await openDatabase(storage);
  const deps: Deps = { db, clock: () => new Date() };
  try {
    const county = generateUnitYears({ seed: 2021, units: Number(args.units), projectsPerUnit: 10, indicatorsPerProject: 15 });
    await importCounty(deps, county);
    await registerDivision(deps, { caller, division: { code: '130322', name: '昌黎县' } });
    const round = await openMonitoringRound(deps, { caller, round: { year: 2021, cutOff: '2021-07-31', divisionCode: '130322' } });
    const units = (await showMonitoringRound(deps, { caller, roundId: round.id })).units;
    const unitViews = await Promise.all(units.map((unit) => showUnitMonitoring(deps, { caller, roundId: round.id, unitId: unit.roundUnit.unit.id })));
    const projects = unitViews.flatMap((view) => view.projects);
    console.log(`\n${label}: ${units.length} 个单位、${projects.length} 个项目（每个 15 个指标）`);

    const reports = await perSecond(projects, (project) => reportProject(deps, round.id, project));
    const submits = await perSecond(unitViews, async (view) => void (await submitUnitMonitoring(deps, { caller, roundId: round.id, unitId: view.unit.id })));
    const divisionView = await median(5, () => showMonitoringRound(deps, { caller, roundId: round.id }));
    const unitView = await median(9, () => showUnitMonitoring(deps, { caller, roundId: round.id, unitId: units[0]?.roundUnit.unit.id ?? '' }));
    console.log(`  运行监控：保存 ${reports.toFixed(0)} 个项目/s，提交 ${submits.toFixed(0)} 个单位/s`);
    console.log(`    区划视图（${units.length} 个单位亮灯）${divisionView.toFixed(0)} ms，一个单位的监控 ${unitView.toFixed(0)} ms（中位数）`);

    const evaluations = await perSecond(projects, (project) => evaluateProject(deps, project.id));
    const unitYearId = unitViews[0]?.unitYearId ?? '';
    const unitSummary = await median(9, () => showUnitSelfEvaluation(deps, { caller, unitYearId }));
    const ranking = await median(5, () => rankSelfEvaluations(deps, { caller, year: 2021, divisionCode: '130322' }));
    const ranked = await rankSelfEvaluations(deps, { caller, year: 2021, divisionCode: '130322' });
    console.log(`  绩效自评：保存 ${evaluations.toFixed(0)} 个项目/s（含读取和计分）；排名第一 ${ranked.rows[0]?.ranked.unitName ?? '—'} ${ranked.rows[0]?.ranked.score?.rounded ?? '—'} 分`);
    console.log(`    一个单位的自评汇总 ${unitSummary.toFixed(0)} ms，区划排名（${ranked.rows.length} 个单位）${ranking.toFixed(0)} ms（中位数）`);
  } finally {
    await db.close();
  }
}

await runOnDrivers(args.driver, benchDriver);
