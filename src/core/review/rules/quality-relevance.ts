/**
 * Indicators unrelated to their project (quality.unrelated-indicator): no word the project keeps
 * returning to, and words found nowhere else in the unit's document. Such a row is usually copied from
 * another unit's table (a grape-yield indicator in a talent-management project).
 */
import { z } from 'zod';
import type { Evidence } from '../../finding';
import type { ReviewContext } from '../context';
import { defineRule, noFindings, type RuleFinding } from '../rule';
import { buildTopics, foreignWords } from '../text/topic';
import { indicatorLabel, indicatorLocation, projectLabel, projectLocation, quote } from '../wording';

function topicsOf(context: ReviewContext) {
  return buildTopics(context.unitYear);
}

export const unrelatedIndicator = defineRule({
  id: 'quality.unrelated-indicator',
  family: 'quality',
  title: '指标与所在项目无关',
  explanation: '指标要衡量本项目资金带来的产出和效益；与项目名称、资金用途、绩效目标和其他指标都不相干的指标，多半是从别的项目或单位的表格中复制而来，年底无法用本项目的工作来考核。',
  defaultSeverity: 'warning',
  settings: {
    maxRelation: z.number().min(0),
    minForeignShare: z.number().gt(0).max(1),
    minForeignCharacters: z.number().int().min(1),
  },
  check(context, settings) {
    const topics = context.derive(topicsOf);
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      const characters = topics.characters(entry.projectIndex, entry.indicatorIndex);
      const foreign = characters.foreign;
      if (foreign < settings.minForeignCharacters || foreign < settings.minForeignShare * characters.count) return noFindings;
      if (topics.relation(entry.projectIndex, entry.indicatorIndex) >= settings.maxRelation) return noFindings;
      const text = `${entry.indicator.name}，${entry.indicator.description}`;
      const words = foreignWords(text, topics.foreignCharacters(entry.projectIndex, entry.indicatorIndex)).map((word) => `“${word}”`).join('');
      const { project, projectIndex } = entry;
      const evidence: Evidence[] = [
        { location: projectLocation(project, projectIndex, 'purpose', '资金用途'), text: `${projectLabel(project)}的资金用途：${project.purpose}` },
        ...project.goals.map((goal, index): Evidence => ({ location: projectLocation(project, projectIndex, `goals[${index}]`, '绩效目标'), text: `${projectLabel(project)}的绩效目标：${goal}` })),
      ];
      return [{
        location: indicatorLocation(entry, 'name'),
        message: `${indicatorLabel(entry)}（${quote(entry.indicator.description, 30)}）与${projectLabel(project)}的名称、资金用途、绩效目标和其他指标没有共同的关键词${words ? `，其中${words}等字词在本单位文件的其他地方从未出现` : ''}，疑似从其他项目或单位的目标表中复制而来。`,
        suggestion: '改为衡量本项目资金产出或效益的指标，或删去这一行。',
        evidence,
      }];
    });
  },
});
