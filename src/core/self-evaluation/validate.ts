/**
 * Whether a self-evaluation can be submitted, and its score. Findings are located at the project cell
 * or the indicator (1-based) and field concerned, in Chinese. Errors that make a score meaningless
 * (another project's evaluation, rows that do not match the indicators, inconsistent weights) stop
 * scoring; problems of single indicators do not (those indicators count 0 until fixed).
 */
import type { Finding, WithFindings } from '../finding';
import type { Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { explanationProblem, findCopies, quoteText, type ExplanationEntry } from '../explanation';
import { indicatorAt, projectAt, selfEvaluationFinding } from './findings';
import { computeProjectScore, type ComputedScore } from './project-score';
import { sourceProblems } from './sources';
import type { ProjectScore, SelfEvaluation } from './types';
import { validateWeights } from './weights-validation';

const explanationCell = '偏差原因分析及改进措施';
const executionWhere = 0;

function checkFrame(project: Project, evaluation: SelfEvaluation): Finding[] {
  const findings: Finding[] = [];
  const at = (field: string, cell: string) => projectAt(project.code, field, cell);
  if (evaluation.projectCode !== project.code) findings.push(selfEvaluationFinding('self-evaluation.project-mismatch', at('projectCode', '项目编码'), `自评表的项目编码“${evaluation.projectCode}”与项目“${project.name}”的编码“${project.code}”不一致。`));
  if (evaluation.adjustedBudget <= 0) findings.push(selfEvaluationFinding('self-evaluation.amount', at('adjustedBudget', '全年预算数'), '全年预算数应大于0。', '填写调整后的全年预算数。'));
  if (evaluation.spent < 0) findings.push(selfEvaluationFinding('self-evaluation.amount', at('spent', '全年执行数'), '全年执行数不能为负数。', '填写全年实际支出的金额。'));
  findings.push(...sourceFindings(project, evaluation));
  const count = project.indicators.length;
  evaluation.indicators.forEach((entry, index) => {
    const location = indicatorAt(project.code, entry.indicator, `indicators[${index}]`, '三级指标');
    if (!Number.isInteger(entry.indicator) || entry.indicator < 1 || entry.indicator > count) findings.push(selfEvaluationFinding('self-evaluation.indicator-unknown', location, `自评表第${index + 1}行指向第${entry.indicator}个指标，项目“${project.name}”只有${count}个指标。`));
    else if (evaluation.indicators.findIndex((other) => other.indicator === entry.indicator) !== index) findings.push(selfEvaluationFinding('self-evaluation.indicator-duplicate', location, `指标“${project.indicators[entry.indicator - 1]?.name}”在自评表中出现了不止一次。`, '删去重复的一行。'));
  });
  project.indicators.forEach((indicator, index) => {
    if (!evaluation.indicators.some((entry) => entry.indicator === index + 1)) findings.push(selfEvaluationFinding('self-evaluation.indicator-missing', indicatorAt(project.code, index + 1, 'indicators', '三级指标'), `指标“${indicator.name}”没有自评记录。`, '为每个三级指标填写实际完成值，或标为不适用并说明理由。'));
  });
  return findings;
}

/** The parts by source of 全年预算数 and 全年执行数 that are negative or do not add up to their total. */
function sourceFindings(project: Project, evaluation: SelfEvaluation): Finding[] {
  const problems = [...sourceProblems('adjustedBudget', evaluation.adjustedBudget, evaluation.adjustedBudgetBySource), ...sourceProblems('spent', evaluation.spent, evaluation.spentBySource)];
  return problems.map((problem) => selfEvaluationFinding('self-evaluation.amount', projectAt(project.code, problem.field, problem.cell), problem.message, problem.suggestion));
}

/** Why an explanation is required at an indicator, or null. */
function requirement(project: Project, computed: ComputedScore, position: number, notApplicable: boolean): string | null {
  const name = project.indicators[position - 1]?.name ?? '';
  const result = computed.results[position - 1];
  const shown = computed.score.indicators[position - 1];
  if (notApplicable) return `指标“${name}”标为不适用，需说明不适用的理由。`;
  if (!result || !shown || result.outcome === 'unscored') return null;
  if (result.overAchieved) return `指标“${name}”超额完成，得满分，但需在${explanationCell}中说明超额原因。`;
  return result.needsExplanation ? `指标“${name}”得分${shown.score?.rounded}，低于满分${shown.weight}，需填写${explanationCell}。` : null;
}

function explanationFindings(project: Project, evaluation: SelfEvaluation, computed: ComputedScore, extra: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const required = new Set<number>();
  const missing = (location: Finding['location'], message: string, text: string) => {
    const said = text.trim() === '' ? '' : `${quoteText(text, 30)}不是说明。`;
    findings.push(selfEvaluationFinding('self-evaluation.explanation-missing', location, message + said, '写明未达到（或超过）目标的具体原因和下一步改进措施。'));
  };
  for (const entry of evaluation.indicators) {
    const why = requirement(project, computed, entry.indicator, entry.notApplicable);
    if (why === null) continue;
    required.add(entry.indicator);
    if (explanationProblem(entry.explanation, extra) !== null) missing(indicatorAt(project.code, entry.indicator, 'explanation', explanationCell), why, entry.explanation);
  }
  if (computed.execution.needsExplanation) {
    required.add(executionWhere);
    const why = `预算执行率为${computed.execution.ratePercent}%，需说明执行偏差的原因。`;
    if (explanationProblem(evaluation.executionExplanation, extra) !== null) missing(projectAt(project.code, 'executionExplanation', '预算执行偏差说明'), why, evaluation.executionExplanation);
  }
  return [...findings, ...copyFindings(project, evaluation, required)];
}

function copyFindings(project: Project, evaluation: SelfEvaluation, required: ReadonlySet<number>): Finding[] {
  const entries: ExplanationEntry<number>[] = [{ where: executionWhere, text: evaluation.executionExplanation }, ...evaluation.indicators.map((entry) => ({ where: entry.indicator, text: entry.explanation }))];
  const label = (where: number) => (where === executionWhere ? '预算执行偏差说明' : `指标“${project.indicators[where - 1]?.name ?? where}”的说明`);
  return findCopies(entries, (a, b) => a === b)
    .filter((copy) => required.has(copy.entry.where))
    .map(({ entry, original }) => {
      const location = entry.where === executionWhere ? projectAt(project.code, 'executionExplanation', '预算执行偏差说明') : indicatorAt(project.code, entry.where, 'explanation', explanationCell);
      const message = `${label(entry.where)}与${label(original.where)}相同（${quoteText(entry.text, 30)}），照抄的文字不能说明本项的偏差。`;
      return selfEvaluationFinding('self-evaluation.explanation-copied', location, message, '针对本项的实际情况分别说明原因和改进措施。');
    });
}

function evaluate(project: Project, evaluation: SelfEvaluation, pack: RulePack): { computed: ComputedScore | null; findings: Finding[] } {
  const frame = [...checkFrame(project, evaluation), ...validateWeights(project, evaluation.weights, pack)];
  if (frame.some((finding) => finding.code !== 'self-evaluation.indicator-missing' && finding.code !== 'self-evaluation.amount')) return { computed: null, findings: frame };
  const computed = computeProjectScore(project, evaluation, pack);
  if (!computed) {
    const message = `项目“${project.name}”的指标全部标为不适用，且预算执行没有分值，无法计分。`;
    return { computed: null, findings: [...frame, selfEvaluationFinding('self-evaluation.nothing-to-score', projectAt(project.code, 'indicators', '三级指标'), message)] };
  }
  const problems = computed.results.flatMap((result, index) =>
    result.problem && evaluation.indicators.some((entry) => entry.indicator === index + 1)
      ? [selfEvaluationFinding(result.problem.code, indicatorAt(project.code, index + 1, 'actual', '实际完成值'), result.problem.message, result.problem.suggestion)]
      : [],
  );
  return { computed, findings: [...frame, ...problems, ...explanationFindings(project, evaluation, computed, pack.placeholders)] };
}

/**
 * Every problem of `evaluation` for `project` under `pack`: the frame (project code, amounts and their parts by
 * source, one row per indicator), the weights (validateWeights), actual values of the right kind, evaluator's scores within
 * their bands, and the explanations required where a score is below full, over-achievement is flagged,
 * an indicator does not apply, or execution is below the pack's threshold or over budget. "暂无", "无",
 * "/", blanks, the pack's placeholders and copies of another row's explanation are refused.
 */
export function validateSelfEvaluation(project: Project, evaluation: SelfEvaluation, pack: RulePack): Finding[] {
  return evaluate(project, evaluation, pack).findings;
}

/**
 * The project's score with the findings of {@link validateSelfEvaluation}. The score is null when the
 * findings make it meaningless (see the module comment); otherwise it is given even with findings, so a
 * unit sees its provisional score while it completes the form.
 */
export function scoreProject(project: Project, evaluation: SelfEvaluation, pack: RulePack): WithFindings<ProjectScore | null> {
  const { computed, findings } = evaluate(project, evaluation, pack);
  return { value: computed?.score ?? null, findings };
}
