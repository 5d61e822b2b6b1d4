/**
 * Whether a monitoring round and a project's report can be accepted (domain.md §4). Findings are located
 * at the project field or the indicator (1-based) and field, with the column header of the monitoring
 * table, in Chinese.
 */
import type { Finding, Location } from '../finding';
import type { Indicator, Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { explanationProblem, findCopies, quoteText, type ExplanationEntry } from '../explanation';
import { indicatorAt, projectAt } from '../self-evaluation/findings';
import { parseIsoDate } from '../iso-date';
import { compare, divide, fromNumber, multiply, parseDecimal, rational, zero } from '../rational';
import { monitoringFinding } from './findings';
import { deviationCauseLabels, likelihoodLabels, type IndicatorReport, type Likelihood, type MonitoringRound, type Progress, type MonitoringReport } from './types';

const cells = { progress: '1—N月执行情况', expected: '全年预计完成情况', likelihood: '完成目标可能性', remark: '备注', rectification: '整改措施', causes: '偏差原因分析' } as const;

/** Findings for a round whose cut-off is not a date of its year, or whose unit list is empty or repeats a unit. */
export function validateRound(round: MonitoringRound): Finding[] {
  const findings: Finding[] = [];
  const at = (field: string, cell: string): Location => ({ field, cell });
  const date = parseIsoDate(round.cutOff);
  if (!date) findings.push(monitoringFinding('monitoring.round', at('cutOff', '截止日期'), `截止日期“${round.cutOff}”不是有效日期。`, '按“2021-07-31”的格式填写。'));
  else if (date.year !== round.year) findings.push(monitoringFinding('monitoring.round', at('cutOff', '截止日期'), `截止日期${round.cutOff}不在监控年度${round.year}年内。`));
  if (round.unitCodes.length === 0) findings.push(monitoringFinding('monitoring.round', at('unitCodes', '监控单位'), '监控批次没有选择任何单位。'));
  const repeated = [...new Set(round.unitCodes.filter((code, index) => round.unitCodes.indexOf(code) !== index))];
  for (const code of repeated) findings.push(monitoringFinding('monitoring.round', at('unitCodes', '监控单位'), `单位“${code}”在监控批次中出现了不止一次。`));
  return findings;
}

function checkFunds(project: Project, report: MonitoringReport): Finding[] {
  const findings: Finding[] = [];
  const at = (field: string, cell: string) => projectAt(project.code, field, cell);
  if (report.projectCode !== project.code) findings.push(monitoringFinding('monitoring.project-mismatch', at('projectCode', '项目编码'), `监控表的项目编码“${report.projectCode}”与项目“${project.name}”的编码“${project.code}”不一致。`));
  if (report.spent < 0) findings.push(monitoringFinding('monitoring.amount', at('spent', '1—N月执行数'), '执行数不能为负数。'));
  if (report.expectedSpent < 0) findings.push(monitoringFinding('monitoring.amount', at('expectedSpent', '全年预计执行数'), '全年预计执行数不能为负数。'));
  else if (report.expectedSpent < report.spent) findings.push(monitoringFinding('monitoring.amount', at('expectedSpent', '全年预计执行数'), '全年预计执行数少于截至目前的执行数。', '全年预计执行数应不少于已执行数。'));
  const over = report.spent > project.budget.total || report.expectedSpent > project.budget.total;
  if (over && explanationProblem(report.overspendExplanation) !== null) {
    findings.push(monitoringFinding('monitoring.overspend-explanation', at('overspendExplanation', '超预算说明'), '执行数或全年预计执行数超过预算数，需说明原因（如预算调整的批复文号）。'));
  }
  return findings;
}

function checkRows(project: Project, report: MonitoringReport): Finding[] {
  const findings: Finding[] = [];
  const count = project.indicators.length;
  report.indicators.forEach((row, index) => {
    const location = indicatorAt(project.code, row.indicator, `indicators[${index}]`, '三级指标');
    if (!Number.isInteger(row.indicator) || row.indicator < 1 || row.indicator > count) findings.push(monitoringFinding('monitoring.indicator-unknown', location, `监控表第${index + 1}行指向第${row.indicator}个指标，项目“${project.name}”只有${count}个指标。`));
    else if (report.indicators.findIndex((other) => other.indicator === row.indicator) !== index) findings.push(monitoringFinding('monitoring.indicator-duplicate', location, `指标“${project.indicators[row.indicator - 1]?.name}”在监控表中出现了不止一次。`));
  });
  project.indicators.forEach((indicator, index) => {
    if (!report.indicators.some((row) => row.indicator === index + 1)) findings.push(monitoringFinding('monitoring.indicator-missing', indicatorAt(project.code, index + 1, 'indicators', '三级指标'), `指标“${indicator.name}”没有填报监控情况。`));
  });
  return findings;
}

function checkProgress(indicator: Indicator, row: IndicatorReport, field: 'progress' | 'expected', location: Location): Finding[] {
  const value: Progress | null = row[field];
  const name = `指标“${indicator.name}”的${cells[field]}`;
  const target = indicator.target;
  const wantsNumber = target.kind === 'quantitative';
  const unit = target.kind === 'quantitative' && target.measureUnit ? `（单位：${target.measureUnit}）` : '';
  const wanted = wantsNumber ? `数值${unit}` : '“达成”“部分达成”或“未达成”';
  if (value === null) return [monitoringFinding('monitoring.progress-missing', location, `${name}未填写。`, `填写${wanted}。`)];
  if ((value.kind === 'number') !== wantsNumber) return [monitoringFinding('monitoring.progress-kind', location, `${name}应填${wanted}，指标值为“${target.raw}”。`)];
  if (value.kind !== 'number') return [];
  const number = parseDecimal(value.value);
  if (number === null || compare(number, zero) < 0) return [monitoringFinding('monitoring.progress-unreadable', location, `${name}“${value.value}”不是不小于0的数。`, `填写${wanted}。`)];
  return [];
}

/** Whether a number reported to date reaches the pack's over-achievement share of a "more is better" target. */
function isOverAchieving(indicator: Indicator, row: IndicatorReport, monitoring: RulePack['monitoring']): boolean {
  const target = indicator.target;
  if (target.kind !== 'quantitative' || target.direction === 'lower' || row.progress?.kind !== 'number') return false;
  const progress = parseDecimal(row.progress.value);
  const top = fromNumber(target.upper ?? target.value);
  const bar = multiply(top, divide(fromNumber(monitoring.overAchievementPercent), rational(100)));
  return progress !== null && compare(top, zero) > 0 && compare(progress, bar) >= 0;
}

/** What a row of the monitoring table must explain. */
export interface RequiredExplanations {
  causes: boolean;
  remark: boolean;
  rectification: boolean;
}

/**
 * What a row must explain given its likelihood (domain.md §4): 有可能 a cause and a remark, 完全不可能 a cause
 * and a rectification action, and a rectification marked as needed its action. (A remark is also needed when
 * the value to date reaches the pack's over-achievement share; `validateProjectReport` adds that.)
 */
export function requiredExplanations(likelihood: Likelihood | null, rectificationNeeded: boolean): RequiredExplanations {
  return {
    causes: likelihood === 'possible' || likelihood === 'impossible',
    remark: likelihood === 'possible',
    rectification: likelihood === 'impossible' || rectificationNeeded,
  };
}

/** The texts a row must explain, each with its location and what the requirement is. */
function requiredTexts(indicator: Indicator, row: IndicatorReport, at: (field: string, cell: string) => Location, pack: RulePack): Finding[] {
  const findings: Finding[] = [];
  const name = `指标“${indicator.name}”`;
  const likelihood = row.likelihood;
  const required = requiredExplanations(likelihood, row.rectification.needed);
  const needsRemark = required.remark || isOverAchieving(indicator, row, pack.monitoring);
  const bad = (text: string) => explanationProblem(text, pack.placeholders) !== null;
  const said = (text: string) => (text.trim() === '' ? '' : `${quoteText(text, 30)}不是说明。`);
  if (likelihood === null) findings.push(monitoringFinding('monitoring.likelihood-missing', at('likelihood', cells.likelihood), `${name}未选择完成目标可能性。`, '选择“确定能”“有可能”或“完全不可能”。'));
  if (likelihood !== null && required.causes && row.causes.length === 0) findings.push(monitoringFinding('monitoring.cause-missing', at('causes', cells.causes), `${name}完成目标可能性为“${likelihoodLabels[likelihood]}”，需选择偏差原因并说明。`, '在经费保障、制度保障、人员保障、硬件条件保障、其他中选择原因，并写明具体情况。'));
  row.causes.forEach((cause, index) => {
    if (bad(cause.text)) findings.push(monitoringFinding('monitoring.explanation-empty', at(`causes[${index}].text`, `${cells.causes}·${deviationCauseLabels[cause.kind]}`), `${name}选择了偏差原因“${deviationCauseLabels[cause.kind]}”，但没有写明具体情况。${said(cause.text)}`));
  });
  const remarkWhy = likelihood === 'possible' ? `完成目标可能性为“${likelihoodLabels.possible}”` : `完成值已达到指标值的${pack.monitoring.overAchievementPercent}%以上`;
  if (needsRemark && bad(row.remark)) findings.push(monitoringFinding('monitoring.remark-missing', at('remark', cells.remark), `${name}${remarkWhy}，需在备注中说明。${said(row.remark)}`));
  const actionWhy = likelihood === 'impossible' ? `完成目标可能性为“${likelihoodLabels.impossible}”` : '标明需要整改';
  if (required.rectification && (!row.rectification.needed || bad(row.rectification.action))) findings.push(monitoringFinding('monitoring.rectification-missing', at('rectification', cells.rectification), `${name}${actionWhy}，需写明整改措施。${said(row.rectification.action)}`));
  return findings;
}

function copyFindings(project: Project, report: MonitoringReport): Finding[] {
  const entries: ExplanationEntry<{ indicator: number; field: string; cell: string }>[] = report.indicators.flatMap((row) => [
    ...row.causes.map((cause, index) => ({ where: { indicator: row.indicator, field: `causes[${index}].text`, cell: `${cells.causes}·${deviationCauseLabels[cause.kind]}` }, text: cause.text })),
    ...(row.likelihood === 'possible' ? [{ where: { indicator: row.indicator, field: 'remark', cell: cells.remark }, text: row.remark }] : []),
    ...(row.rectification.needed ? [{ where: { indicator: row.indicator, field: 'rectification', cell: cells.rectification }, text: row.rectification.action }] : []),
  ]);
  const nameOf = (position: number) => project.indicators[position - 1]?.name ?? String(position);
  return findCopies(entries, (a, b) => a.indicator === b.indicator).map(({ entry, original }) =>
    monitoringFinding(
      'monitoring.explanation-copied',
      indicatorAt(project.code, entry.where.indicator, entry.where.field, entry.where.cell),
      `指标“${nameOf(entry.where.indicator)}”的${entry.where.cell}与指标“${nameOf(original.where.indicator)}”的${original.where.cell}相同（${quoteText(entry.text, 30)}），照抄的文字不能说明本指标的偏差。`,
      '针对本指标的实际情况说明。',
    ),
  );
}

/**
 * Every problem of `report` for `project`: the funds block (amounts not negative, year-end estimate not
 * below spending to date, spending over budget explained), one row per indicator, the value to date and
 * the year-end estimate of the kind the target asks for, a likelihood; 有可能 needs a cause and a remark,
 * 完全不可能 a cause and a rectification action, a cause its text, a rectification its action, and
 * progress at the pack's over-achievement share a remark. "暂无", "无", "/", blanks, the pack's
 * placeholders and copies of another indicator's text are refused.
 */
export function validateProjectReport(project: Project, report: MonitoringReport, pack: RulePack): Finding[] {
  const rows = report.indicators.filter((row, index) => report.indicators.findIndex((other) => other.indicator === row.indicator) === index);
  const perRow = rows.flatMap((row) => {
    const indicator = project.indicators[row.indicator - 1];
    if (!indicator) return [];
    const at = (field: string, cell: string) => indicatorAt(project.code, row.indicator, field, cell);
    return [...checkProgress(indicator, row, 'progress', at('progress', cells.progress)), ...checkProgress(indicator, row, 'expected', at('expected', cells.expected)), ...requiredTexts(indicator, row, at, pack)];
  });
  return [...checkFunds(project, report), ...checkRows(project, report), ...perRow, ...copyFindings(project, report)];
}
