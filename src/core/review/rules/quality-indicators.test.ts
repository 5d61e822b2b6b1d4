import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import { messagesOf, runRule } from '../testing';
import { descriptionRestatesName, effectRestatesOutput, satisfactionAsEffect, satisfactionOffTopic, unmeasurableTarget } from './quality-indicators';

const unitWith = (...indicators: Indicator[]) => buildUnitYear({ projects: [buildProject({ indicators })] });
const effect = (name: string, description: string, raw: string, level2 = '社会效益指标'): Indicator =>
  buildIndicator({ level1: '效益指标', level2, name, description, target: raw.startsWith('≥') ? buildTarget({ raw }) : { kind: 'qualitative', raw } });
const satisfaction = (name: string, description: string): Indicator =>
  buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name, description, target: buildTarget({ raw: '≥95%' }) });

describe('quality.unmeasurable-target', () => {
  it('reports a worded effect target, and says when it only restates the name', () => {
    const findings = runRule(unmeasurableTarget, unitWith(
      effect('节约成本', '确保低碳高效地完成工作任务。', '达到低碳高效地完成工作任务', '生态效益指标'),
      effect('提高财政资金的使用效率', '通过科学编制预算，提高财政资金的使用效率。', '提高财政资金的使用效率，做到节俭高效', '经济效益指标'),
    ));
    expect(messagesOf(findings)).toEqual([
      '效益指标“节约成本”的指标值“达到低碳高效地完成工作任务”是一句描述，年底无法判断是否达成。',
      '效益指标“提高财政资金的使用效率”的指标值“提高财政资金的使用效率，做到节俭高效”只是重复了指标名称，年底无法判断是否达成。',
    ]);
  });

  it('accepts numbers, grades of the pack and worded output targets', () => {
    const unitYear = unitWith(
      effect('建设农村', '激发到村任职高校毕业生在农村干事创业', '成效显著'),
      effect('参观党员得到收获', '对以后工作的影响时间', '长期', '可持续影响指标'),
      effect('提高村民自治积极性', '提高村民自治积极性的村数占比', '≥90%'),
      buildIndicator({ level2: '质量指标', target: { kind: 'qualitative', raw: '形成一批调研成果' } }),
    );
    expect(runRule(unmeasurableTarget, unitYear)).toEqual([]);
  });
});

describe('quality.effect-restates-output', () => {
  it('reports an effect nearly identical to an output of the project', () => {
    const output = buildIndicator({ level2: '质量指标', name: '网络畅通率', description: '站点网络畅通数量占全部站点的比例' });
    const findings = runRule(effectRestatesOutput, unitWith(output, effect('站点网络畅通率', '站点网络畅通数量占全部站点的比例', '≥95%')));
    expect(messagesOf(findings)).toEqual(['效益指标“站点网络畅通率”与本项目的产出指标“网络畅通率”内容几乎相同，衡量的仍是产出而不是效益。']);
  });

  it('reports an effect that measures completion or issuance', () => {
    expect(messagesOf(runRule(effectRestatesOutput, unitWith(effect('补贴发放率', '补贴发放到位的比例', '≥95%'))))).toEqual(['效益指标“补贴发放率”衡量的是工作完成或资金发放，属于产出，不是效益。']);
  });

  it('accepts effects that measure change', () => {
    const output = buildIndicator({ name: '翻新村级活动场所数量', description: '翻新村级组织活动场所数量' });
    expect(runRule(effectRestatesOutput, unitWith(output, effect('村级活动场所修缮后使用年限', '翻新场所达标后能够长期有效进行党组织活动', '长期')))).toEqual([]);
  });
});

describe('quality.satisfaction-as-effect and satisfaction-off-topic', () => {
  it('reports satisfaction written as an effect', () => {
    expect(messagesOf(runRule(satisfactionAsEffect, unitWith(effect('群众满意度', '满意的群众占调查人数的比例', '≥90%'))))).toEqual(['效益指标“群众满意度”衡量的是满意度。']);
  });

  it('reports a satisfaction indicator named for something else, or not described as a survey', () => {
    const findings = runRule(satisfactionOffTopic, unitWith(satisfaction('发挥人才作用', '群众、企业满意度'), satisfaction('对县内各项政策支持的满意度', '县级以上党委每年按一定比例列支专项经费。')));
    expect(messagesOf(findings)).toEqual([
      '满意度指标“发挥人才作用”的名称没有体现满意度（满意度只出现在描述“群众、企业满意度”中）。',
      '满意度指标“对县内各项政策支持的满意度”的描述“县级以上党委每年按一定比例列支专项经费。”没有说明满意度如何衡量。',
    ]);
  });

  it('accepts satisfaction under its own level 1, described as a survey', () => {
    const unitYear = unitWith(satisfaction('参训人员对培训工作满意度', '抽样调查参训人员，满意的数量占全部调查人数的比率'), effect('提高村民自治积极性', '积极参与村务的村数占比', '≥90%'));
    expect(runRule(satisfactionAsEffect, unitYear)).toEqual([]);
    expect(runRule(satisfactionOffTopic, unitYear)).toEqual([]);
  });
});

describe('quality.description-restates-name', () => {
  it('reports a description that repeats the name', () => {
    const findings = runRule(descriptionRestatesName, unitWith(buildIndicator({ name: '党员组织生活馆的日常维护成本', description: '党员组织生活馆的日常维护成本' }), buildIndicator({ name: '印刷第七卷组织史所需费用', description: '印刷第七卷组织史所需费用预算' })));
    expect(findings).toHaveLength(2);
  });

  it('accepts a description that defines the measure', () => {
    expect(runRule(descriptionRestatesName, unitWith(buildIndicator({ name: '补贴执行率', description: '对各类补贴执行情况占应补贴标准的比例' })))).toEqual([]);
  });
});
