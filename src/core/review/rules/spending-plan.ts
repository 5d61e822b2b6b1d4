/**
 * Spending plan (spending-plan.*): cumulative percentages in 0–100, never decreasing, 100 at year end,
 * and not everything left to December. A blank cell means "no commitment" and is skipped.
 */
import { z } from 'zod';
import type { Project, SpendingCheckpoint } from '../../model';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { projectLocation, quote } from '../wording';

function checkpointLocation(project: Project, projectIndex: number, index: number, checkpoint: SpendingCheckpoint) {
  return projectLocation(project, projectIndex, `spendingPlan[${index}]`, `资金支出计划·${checkpoint.checkpoint}`);
}

const percentText = (percent: number): string => `${Number(percent.toFixed(2))}%`;

export const outOfRange = defineRule({
  id: 'spending-plan.out-of-range',
  family: 'spending-plan',
  title: '支出计划百分比超出0–100',
  explanation: '资金支出计划是截至各时点累计支出占预算的百分比，只能在0%到100%之间；超出范围说明填错了数或把金额当成了百分比。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex) =>
      project.spendingPlan.flatMap((checkpoint, index): readonly RuleFinding[] => {
        if (checkpoint.percent === null || (checkpoint.percent >= 0 && checkpoint.percent <= 100)) return noFindings;
        return [{
          location: checkpointLocation(project, projectIndex, index, checkpoint),
          message: `项目${quote(project.name)}的资金支出计划“${checkpoint.checkpoint}”为${quote(checkpoint.raw)}，累计支出比例应在0%到100%之间。`,
          suggestion: '填写截至该时点累计支出占预算的百分比。',
        }];
      }),
    );
  },
});

export const decreasing = defineRule({
  id: 'spending-plan.decreasing',
  family: 'spending-plan',
  title: '支出计划累计比例下降',
  explanation: '支出计划是累计数，后一时点不会少于前一时点；比例下降，多半是把当期支出当成了累计支出。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex) => {
      const findings: RuleFinding[] = [];
      let previous: { checkpoint: SpendingCheckpoint; percent: number } | null = null;
      project.spendingPlan.forEach((checkpoint, index) => {
        if (checkpoint.percent === null) return;
        if (previous && checkpoint.percent < previous.percent) {
          findings.push({
            location: checkpointLocation(project, projectIndex, index, checkpoint),
            message: `项目${quote(project.name)}的资金支出计划“${checkpoint.checkpoint}”累计${percentText(checkpoint.percent)}，少于“${previous.checkpoint.checkpoint}”的${percentText(previous.percent)}。`,
            suggestion: '支出计划填累计比例：每个时点填截至该时点的累计支出占预算的百分比，逐期不减。',
          });
        }
        previous = { checkpoint, percent: checkpoint.percent };
      });
      return findings;
    });
  },
});

export const yearEndNot100 = defineRule({
  id: 'spending-plan.year-end-not-100',
  family: 'spending-plan',
  title: '年底累计支出不是100%',
  explanation: '年度预算应在年内执行完毕，支出计划最后一个时点（12月底）的累计比例应为100%；否则表示计划有资金结转，需要说明。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex): readonly RuleFinding[] => {
      const index = project.spendingPlan.length - 1;
      const last = project.spendingPlan[index];
      if (!last || last.percent === 100) return noFindings;
      return [{
        location: checkpointLocation(project, projectIndex, index, last),
        message: `项目${quote(project.name)}的资金支出计划“${last.checkpoint}”${last.percent === null ? '为空' : `累计${percentText(last.percent)}`}，年底累计支出应为100%。`,
        suggestion: `把“${last.checkpoint}”填为100%。`,
      }];
    });
  },
});

export const allAtYearEnd = defineRule({
  id: 'spending-plan.all-at-year-end',
  family: 'spending-plan',
  title: '资金全部安排在年底支出',
  explanation: '年底前各时点都不安排支出，预算执行进度在年中监控时将严重滞后，资金可能被收回；除确需年底一次支付的项目外，应按工作进度分期安排。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex): readonly RuleFinding[] => {
      const plan = project.spendingPlan;
      const last = plan[plan.length - 1];
      if (plan.length < 2 || !last || last.percent !== 100) return noFindings;
      const before = plan.slice(0, -1);
      if (!before.every((checkpoint) => checkpoint.percent === null || checkpoint.percent === 0)) return noFindings;
      const earlier = before.map((checkpoint) => `${checkpoint.checkpoint}${checkpoint.percent === null ? '空白' : '0%'}`).join('、');
      return [{
        location: projectLocation(project, projectIndex, 'spendingPlan', '资金支出计划'),
        message: `项目${quote(project.name)}的资金支出计划${earlier}，全部预算都安排在${last.checkpoint}支出。`,
        suggestion: '按工作进度填写各时点的累计支出比例；确需年底一次支付的，在资金用途中说明原因。',
      }];
    });
  },
});

export const backLoaded = defineRule({
  id: 'spending-plan.back-loaded',
  family: 'spending-plan',
  title: '支出进度低于序时要求',
  explanation: '财政部门对各时点的支出进度有序时要求；计划本身就低于要求，执行中必然触发预警。空白的时点不计（视为未作承诺）。',
  defaultSeverity: 'info',
  settings: { checkpoints: z.array(z.strictObject({ month: z.number().int().min(1).max(12), minPercent: z.number().min(0).max(100) })).min(1) },
  check(context, { checkpoints }) {
    return context.unitYear.projects.flatMap((project, projectIndex) =>
      project.spendingPlan.flatMap((checkpoint, index): readonly RuleFinding[] => {
        const required = checkpoints.find((entry) => entry.month === checkpoint.month);
        if (!required || checkpoint.percent === null || checkpoint.percent >= required.minPercent) return noFindings;
        return [{
          location: checkpointLocation(project, projectIndex, index, checkpoint),
          message: `项目${quote(project.name)}计划“${checkpoint.checkpoint}”累计支出${percentText(checkpoint.percent)}，低于序时要求的${percentText(required.minPercent)}。`,
          suggestion: `按工作进度把“${checkpoint.checkpoint}”的累计支出比例提高到不低于${percentText(required.minPercent)}，或在资金用途中说明原因。`,
        }];
      }),
    );
  },
});
