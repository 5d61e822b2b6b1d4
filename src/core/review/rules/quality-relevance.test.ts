import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import { messagesOf, runRule } from '../testing';
import { unrelatedIndicator } from './quality-relevance';

const talentIndicators: Indicator[] = [
  buildIndicator({ name: '命名优秀人才数量', description: '评选县级优秀人才数量' }),
  buildIndicator({ name: '人才引进数量', description: '全日制本科学历及以上高校毕业生引进人数' }),
  buildIndicator({ level2: '质量指标', name: '住房问题解决率', description: '通过人才安居工程解决住房问题的人数占申报住房人才的比例' }),
  buildIndicator({ level1: '效益指标', level2: '可持续影响指标', name: '浓厚尊重人才的良好氛围', description: '在昌黎县人才队伍建设中发挥的影响' }),
];
const grapes = buildIndicator({
  level1: '效益指标',
  level2: '生态效益指标',
  name: '减施增效综合技术应用',
  description: '减施增效生态环境优化葡萄基地内，化肥农药使用数量减少，但葡萄产量显著提升。',
});

function unitWith(extra: Indicator[]) {
  const talent = buildProject({
    name: '人才队伍建设管理经费',
    purpose: '主要用于人才引进、安居费用；人才宣传、活动费用；优秀人才评选工作费用、人才体检及慰问费用。',
    goals: ['1.优化县域人才生态环境，吸引人才来昌创新创业。', '2.加强人才引进，评选县级优秀人才50名。'],
    indicators: [...talentIndicators, ...extra],
  });
  const training = buildProject({ code: 'P2', name: '干部教育培训费', purpose: '主要用于科级干部、公务员培训。', goals: ['1.举办主体班次培训，提升干部专业化水平。'], indicators: [buildIndicator({ name: '举办培训班期数', description: '举办科级干部培训班' })] });
  return buildUnitYear({ projects: [talent, training] });
}

describe('quality.unrelated-indicator', () => {
  it('reports an indicator about a topic foreign to its project and to the whole document', () => {
    const findings = runRule(unrelatedIndicator, unitWith([grapes]));
    expect(messagesOf(findings)).toEqual([
      '指标“减施增效综合技术应用”（“减施增效生态环境优化葡萄基地内，化肥农药使用数量减少，但葡萄…”）与项目“人才队伍建设管理经费”的名称、资金用途、绩效目标和其他指标没有共同的关键词，其中“减施增”“综合技术应”“葡萄基地内”“肥农药”“减少”等字词在本单位文件的其他地方从未出现，疑似从其他项目或单位的目标表中复制而来。',
    ]);
    expect(findings[0]?.location).toMatchObject({ project: 1, indicator: 5 });
    expect(findings[0]?.evidence?.map((evidence) => evidence.location.field)).toEqual(['purpose', 'goals[0]', 'goals[1]']);
  });

  it('accepts indicators that share the project’s words, even with words new to the document', () => {
    expect(runRule(unrelatedIndicator, unitWith([]))).toEqual([]);
  });
});
