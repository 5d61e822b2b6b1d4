/**
 * Numbers that must agree (consistency.*): what the department plan promises and what the project
 * indicators carry, what a project's goals state and its indicators, what an indicator's description
 * states and its target. A number is matched to the indicator whose words best cover what the number
 * counts, among indicators with comparable units; agreement anywhere silences the check, so only a
 * clear contradiction is reported.
 */
import { z } from 'zod';
import type { Evidence, Location } from '../../finding';
import type { IndicatorEntry, ReviewContext } from '../context';
import { claimOfMention, claimOfTarget, claimsAgree, comparable, comparableTargets, subjectOf, type Claim } from '../number-claims';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { extractNumberMentions, type NumberMention } from '../text/number-mentions';
import { buildVocabulary } from '../text/vocabulary';
import { indicatorLabel, indicatorLocation, planLocation, projectLabel, projectLocation, quote } from '../wording';

/** A text that states numbers, with where it is. */
interface Statement {
  text: string;
  location: Location;
  label: string;
}

function planStatements(context: ReviewContext): Statement[] {
  const plan = context.unitYear.departmentPlan;
  const titleOf = (title: string): string => title.replace(/[。.．:：\s]+$/, '');
  const overall = plan.commitments.length > 0
    ? plan.commitments.map((text, index) => ({ text, location: planLocation(`commitments[${index}]`, '总体绩效目标'), label: '总体绩效目标' }))
    : [{ text: plan.overallGoal, location: planLocation('overallGoal', '总体绩效目标'), label: '总体绩效目标' }];
  const subGoals = plan.subGoals.flatMap((subGoal, index) => [
    { text: subGoal.goal, location: planLocation(`subGoals[${index}].goal`, `分项绩效目标${titleOf(subGoal.title)}·绩效目标`), label: `分项绩效目标${titleOf(subGoal.title)}·绩效目标` },
    { text: subGoal.indicatorText, location: planLocation(`subGoals[${index}].indicatorText`, `分项绩效目标${titleOf(subGoal.title)}·绩效指标`), label: `分项绩效目标${titleOf(subGoal.title)}·绩效指标` },
  ]);
  return [...overall, ...subGoals];
}

/** The numbers each indicator states in its name and description. */
function indicatorTextClaims(context: ReviewContext): Map<IndicatorEntry, Claim[]> {
  return new Map(context.indicators.map((entry) => [
    entry,
    extractNumberMentions(`${entry.indicator.name}，${entry.indicator.description}`, context.units).map(claimOfMention),
  ]));
}

function vocabularyOf(context: ReviewContext) {
  return buildVocabulary(context.unitYear);
}

interface Contradiction {
  mention: NumberMention;
  entry: IndicatorEntry;
}

// Indicators whose words cover a mention almost as well as the best one are equally its carriers.
const carrierMargin = 0.1;

/**
 * The indicator among `entries` that carries `mention` and contradicts it, or null. The carriers are
 * the indicators with a target in a comparable unit whose words cover what the mention counts at least
 * `minMatch` and nearly as well as the best; the mention agrees when any carrier states an agreeing
 * number (in its target, name or description), else the best carrier contradicts it. Totals that frame
 * a statement (全县418个村) are never contradictions.
 */
function contradictionOf(context: ReviewContext, mention: NumberMention, entries: readonly IndicatorEntry[], minMatch: number): IndicatorEntry | null {
  if (mention.isScope) return null;
  const vocabulary = context.derive(vocabularyOf);
  const textClaims = context.derive(indicatorTextClaims);
  const claim = claimOfMention(mention);
  const subject = subjectOf(mention);
  const ranked = comparableTargets(context, entries, claim)
    .map(({ entry, claim: target }) => ({ entry, target, match: vocabulary.coverage(subject.words, vocabulary.indicator(entry.projectIndex, entry.indicatorIndex), subject.head) }))
    .sort((a, b) => b.match - a.match);
  const best = ranked[0];
  if (!best || best.match < minMatch) return null;
  const carriers = ranked.filter((candidate) => candidate.match >= Math.max(minMatch, best.match - carrierMargin));
  const agrees = carriers.some(({ entry, target }) =>
    [target, ...(textClaims.get(entry) ?? [])].some((stated) => comparable(claim, stated) && claimsAgree(claim, stated)),
  );
  return agrees ? null : best.entry;
}

export const planNumbers = defineRule({
  id: 'consistency.plan-numbers',
  family: 'consistency',
  title: '部门整体目标的数字与项目指标不一致',
  explanation: '部门整体绩效目标承诺的数量（培训期数、站点数、人数……）要由项目指标来落实；两处数字不一致，说明有一处写错，整体目标也就无法考核。',
  defaultSeverity: 'warning',
  settings: { minMatch: z.number().gt(0).max(1) },
  check(context, { minMatch }) {
    const found = new Map<string, Contradiction & { places: Statement[] }>();
    for (const statement of planStatements(context)) {
      for (const mention of extractNumberMentions(statement.text, context.units)) {
        const entry = contradictionOf(context, mention, context.indicators, minMatch);
        if (!entry) continue;
        const key = `${mention.valueText}${mention.unit.canonical}|${entry.projectIndex}|${entry.indicatorIndex}`;
        const known = found.get(key);
        if (known) known.places.push(statement);
        else found.set(key, { mention, entry, places: [statement] });
      }
    }
    return [...found.values()].map(({ mention, entry, places }) => ({
      location: indicatorLocation(entry, 'target'),
      message: `部门整体绩效目标写“${mention.phrase}”，${projectLabel(entry.project)}的${indicatorLabel(entry)}的指标值却是${quote(entry.indicator.target.raw)}。`,
      suggestion: '核对两处数字，使项目指标与部门整体绩效目标一致。',
      evidence: places.map((place): Evidence => ({ location: place.location, text: `${place.label}：${place.text}` })),
    }));
  },
});

export const goalNumbers = defineRule({
  id: 'consistency.goal-numbers',
  family: 'consistency',
  title: '项目绩效目标的数字与指标不一致',
  explanation: '项目绩效目标中写明的数量，应与衡量它的指标值一致；不一致时，年底按哪一个考核就说不清了。',
  defaultSeverity: 'warning',
  settings: { minMatch: z.number().gt(0).max(1) },
  check(context, { minMatch }) {
    return context.unitYear.projects.flatMap((project, projectIndex) =>
      project.goals.flatMap((goal, goalIndex) =>
        extractNumberMentions(goal, context.units).flatMap((mention): readonly RuleFinding[] => {
          const entry = contradictionOf(context, mention, context.indicatorsByProject[projectIndex] ?? [], minMatch);
          if (!entry) return noFindings;
          return [{
            location: indicatorLocation(entry, 'target'),
            message: `${projectLabel(project)}的绩效目标写“${mention.phrase}”，${indicatorLabel(entry)}的指标值却是${quote(entry.indicator.target.raw)}。`,
            suggestion: '核对绩效目标和指标值，使两者一致。',
            evidence: [{ location: projectLocation(project, projectIndex, `goals[${goalIndex}]`, '绩效目标'), text: `绩效目标：${goal}` }],
          }];
        }),
      ),
    );
  },
});

export const descriptionTarget = defineRule({
  id: 'consistency.description-target',
  family: 'consistency',
  title: '指标描述中的数字与指标值不一致',
  explanation: '指标描述说明指标的口径，其中写的数字应与指标值一致（如描述“不超过12.4万元”，指标值就是“≤12.4万元”）；不一致时，考核口径就不清楚了。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      const target = entry.indicator.target;
      if (target.kind !== 'quantitative' || !/[0-9０-９]/.test(entry.indicator.description)) return noFindings;
      const claim = claimOfTarget(context, target);
      if (!claim) return noFindings;
      const stated = extractNumberMentions(entry.indicator.description, context.units)
        .filter((mention) => !mention.isScope && comparable(claim, claimOfMention(mention)));
      if (stated.length === 0 || stated.some((mention) => claimsAgree(claim, claimOfMention(mention)))) return noFindings;
      return [{
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}的描述写“${stated.map((mention) => mention.text).join('、')}”，指标值却是${quote(target.raw)}。`,
        suggestion: '核对描述和指标值，使两者的数字一致。',
        evidence: [{ location: indicatorLocation(entry, 'description'), text: `绩效指标描述：${entry.indicator.description}` }],
      }];
    });
  },
});
