/**
 * The quality of single indicators (quality.*): effect and satisfaction targets that cannot be
 * measured, effects that restate outputs, satisfaction in the wrong place or measuring something else,
 * and descriptions that only repeat the name.
 */
import { z } from 'zod';
import { compact } from '../cells';
import type { IndicatorEntry, ReviewContext } from '../context';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { bigrams, jaccard, type ShingleSet } from '../text/shingles';
import { indicatorEvidence, indicatorLabel, indicatorLocation, quote } from '../wording';

const levelName = (entry: IndicatorEntry): string => (entry.roles.level1 === 'satisfaction' ? '满意度指标' : '效益指标');

export const unmeasurableTarget = defineRule({
  id: 'quality.unmeasurable-target',
  family: 'quality',
  title: '效益或满意度指标的目标无法衡量',
  explanation: '效益和满意度指标要能在年底判断是否达成：写数值和单位，或写规则包认可的定性等级（如“成效显著”“长期”）。一句口号式的描述（如“提高资金使用效率”）无法评分。',
  defaultSeverity: 'warning',
  settings: { minNameSimilarity: z.number().gt(0).max(1) },
  check(context, { minNameSimilarity }) {
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      const target = entry.indicator.target;
      if (entry.roles.level1 !== 'effect' && entry.roles.level1 !== 'satisfaction') return noFindings;
      if (target.kind !== 'qualitative' || context.cells.isBlank(target.raw)) return noFindings;
      if (context.cells.isAcceptedGrade(target.raw)) return noFindings;
      const restatesName = jaccard(bigrams(target.raw), bigrams(entry.indicator.name)) >= minNameSimilarity;
      return [{
        location: indicatorLocation(entry, 'target'),
        message: `${levelName(entry)}${quote(entry.indicator.name)}的指标值${quote(target.raw)}${restatesName ? '只是重复了指标名称' : '是一句描述'}，年底无法判断是否达成。`,
        suggestion: `改为可衡量的目标值：数值和计量单位（如“≥90%”“减少10%”），或认可的定性等级（如${context.pack.qualitativeGrades.slice(0, 2).map((grade) => `“${grade}”`).join('')}）。`,
      }];
    });
  },
});

// Effects are what outputs achieve; completing, issuing or paying is itself the output.
const completionMeasure = /(完成|发放|执行|拨付|到位|支付|采购|验收|印制|建成|开工)(率|数|量|数量|情况|进度|时间)$|^按(时|期)(完成|发放|拨付)/;

export const effectRestatesOutput = defineRule({
  id: 'quality.effect-restates-output',
  family: 'quality',
  title: '效益指标重复了产出',
  explanation: '效益指标衡量项目带来的变化（受益、改善、节约），不是项目做了多少事；把完成率、发放率或与产出指标几乎相同的内容写成效益，项目真正的效果就没有目标。',
  defaultSeverity: 'warning',
  settings: { minSimilarity: z.number().gt(0).max(1) },
  check(context, { minSimilarity }) {
    const statements = context.derive(indicatorStatements);
    return context.indicatorsByProject.flatMap((entries) => {
      const outputs = entries.filter((entry) => entry.roles.level1 === 'output' || entry.roles.level1 === 'cost');
      return entries.filter((entry) => entry.roles.level1 === 'effect').flatMap((entry) => restatement(entry, outputs, statements, minSimilarity));
    });
  },
});

/** The bigrams of each indicator's name and description, by position. */
function indicatorStatements(context: ReviewContext): ShingleSet[] {
  return context.indicators.map((entry) => context.memo(bigrams, `${entry.indicator.name}，${entry.indicator.description}`));
}

function restatement(entry: IndicatorEntry, outputs: readonly IndicatorEntry[], statements: readonly ShingleSet[], minSimilarity: number): RuleFinding[] {
  const own = statements[entry.position] ?? new Uint32Array(0);
  const closest = outputs
    .map((output) => ({ output, similarity: jaccard(own, statements[output.position] ?? new Uint32Array(0)) }))
    .sort((a, b) => b.similarity - a.similarity)[0];
  if (closest && closest.similarity >= minSimilarity) {
    return [{
      location: indicatorLocation(entry, 'name'),
      message: `效益指标${quote(entry.indicator.name)}与本项目的产出指标${quote(closest.output.indicator.name)}内容几乎相同，衡量的仍是产出而不是效益。`,
      suggestion: '改写为项目带来的变化（如受益人数、改善程度、节约金额），或删去重复的指标。',
      evidence: [indicatorEvidence(closest.output, 'description', closest.output.indicator.description)],
    }];
  }
  if (!completionMeasure.test(compact(entry.indicator.name))) return [];
  return [{
    location: indicatorLocation(entry, 'name'),
    message: `效益指标${quote(entry.indicator.name)}衡量的是工作完成或资金发放，属于产出，不是效益。`,
    suggestion: '把它移到产出指标（质量或时效指标），效益指标改写为项目带来的变化。',
  }];
}

const satisfactionWords = /满意|满足|认可度|好评|投诉|评价/;
const surveyWords = /满意|调查|问卷|测评|评价|认可|好评|投诉/;

export const satisfactionAsEffect = defineRule({
  id: 'quality.satisfaction-as-effect',
  family: 'quality',
  title: '把满意度写成了效益指标',
  explanation: '满意度有自己的一级指标和权重；写在效益指标下，满意度会被计入效益分，真正的效益反而没有目标。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.indicators
      .filter((entry) => entry.roles.level1 === 'effect' && /满意/.test(`${entry.indicator.name}${entry.indicator.description}`))
      .map((entry) => ({
        location: indicatorLocation(entry, 'level1'),
        message: `效益指标${quote(entry.indicator.name)}衡量的是满意度。`,
        suggestion: '把它移到“满意度指标—服务对象满意度指标”下，效益指标改写为项目带来的变化。',
      }));
  },
});

export const satisfactionOffTopic = defineRule({
  id: 'quality.satisfaction-off-topic',
  family: 'quality',
  title: '满意度指标衡量的不是满意度',
  explanation: '满意度指标衡量服务对象对项目的满意程度，名称应写明谁的满意度，描述应说明如何调查；名称或描述写的是别的内容，年底就不知道该调查什么。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      if (entry.roles.level1 !== 'satisfaction') return noFindings;
      const { name, description } = entry.indicator;
      if (!satisfactionWords.test(name)) {
        return [{
          location: indicatorLocation(entry, 'name'),
          message: `满意度指标${quote(name)}的名称没有体现满意度${satisfactionWords.test(description) ? `（满意度只出现在描述${quote(description, 20)}中）` : ''}。`,
          suggestion: '名称写明是谁对什么的满意度，如“服务对象对……的满意度”。',
        }];
      }
      if (context.cells.isBlank(description) || surveyWords.test(description)) return noFindings;
      return [{
        location: indicatorLocation(entry, 'description'),
        message: `满意度指标${quote(name)}的描述${quote(description)}没有说明满意度如何衡量。`,
        suggestion: '描述写明调查对象和口径，如“抽样调查的服务对象中满意和较满意的人数占调查总人数的比例”。',
      }];
    });
  },
});

export const descriptionRestatesName = defineRule({
  id: 'quality.description-restates-name',
  family: 'quality',
  title: '指标描述只是重复了名称',
  explanation: '绩效指标描述应说明指标的口径（统计什么、怎么算），审核人和自评人据此判断完成情况；只重复名称，口径就不清楚。',
  defaultSeverity: 'info',
  settings: { minSimilarity: z.number().gt(0).max(1) },
  check(context, { minSimilarity }) {
    return context.indicators
      .filter((entry) => restatesName(entry, minSimilarity))
      .map((entry) => ({
        location: indicatorLocation(entry, 'description'),
        message: `${indicatorLabel(entry)}的描述${quote(entry.indicator.description)}只是重复了指标名称，没有说明口径。`,
        suggestion: '写明统计的对象、范围和计算方法，如“……的数量占……的比例”。',
      }));
  },
});

// A description a few characters longer than the name (…费用预算) still says nothing more.
const maxExtraCharacters = 3;

// Room for spaces a description may carry before it is compacted.
const spaceAllowance = 8;

function restatesName(entry: IndicatorEntry, minSimilarity: number): boolean {
  if (entry.indicator.description.length > entry.indicator.name.length + maxExtraCharacters + spaceAllowance) return false;
  const name = compact(entry.indicator.name);
  const description = compact(entry.indicator.description).replace(/[。.]+$/, '');
  if (name === '' || description === '' || description.length > name.length + maxExtraCharacters) return false;
  return description === name || jaccard(bigrams(name), bigrams(description)) >= minSimilarity;
}
