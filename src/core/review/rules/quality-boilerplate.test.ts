import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import { runRule } from '../testing';
import { boilerplate } from './quality-boilerplate';

const economic = (description: string, raw = '提高财政资金的使用效率，做到节俭高效'): Indicator =>
  buildIndicator({ level1: '效益指标', level2: '经济效益指标', name: '提高财政资金的使用效率', description, target: { kind: 'qualitative', raw } });

const projectsWith = (...indicators: Indicator[]) =>
  buildUnitYear({ projects: indicators.map((indicator, index) => buildProject({ code: `P${index + 1}`, name: `项目${index + 1}`, indicators: [buildIndicator(), indicator] })) });

describe('quality.boilerplate', () => {
  it('reports near-identical statements in several projects, once per project with the others as evidence', () => {
    const unitYear = projectsWith(
      economic('通过科学编制预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
      economic('通过科学使用预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
      economic('通过科学编制预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
    );
    const findings = runRule(boilerplate, unitYear);
    expect(findings).toHaveLength(3);
    expect(findings[0]?.message).toBe(
      '指标“提高财政资金的使用效率”的绩效指标描述和指标值“通过科学编制预算，严格遵守各项规章制度，提高财政…”、“提高财政资金的使用效率，做到节俭高效”与另外2个项目中的表述几乎相同，是通用套话，没有说明本项目的具体产出或效益。',
    );
    expect(findings[0]?.location).toMatchObject({ project: 1, indicator: 2, field: 'description' });
    expect(findings[0]?.evidence?.map((evidence) => evidence.location.project)).toEqual([2, 3]);
  });

  it('needs the pack minimum of projects', () => {
    const unitYear = projectsWith(economic('通过科学编制预算，提高财政资金的使用效率。'), economic('通过科学编制预算，提高财政资金的使用效率。'));
    expect(runRule(boilerplate, unitYear)).toEqual([]);
    expect(runRule(boilerplate, unitYear, { minProjects: 2 })).toHaveLength(2);
  });

  it('leaves out shared measurement formulas with numbers, accepted grades and distinct sentences', () => {
    const satisfaction = (who: string) =>
      buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: `${who}满意度`, description: '抽样调查满意的数量占全部调查人数的比率', target: buildTarget({ raw: '≥95%' }) });
    const unitYear = projectsWith(
      satisfaction('党员'), satisfaction('学员'), satisfaction('群众'),
      economic('带动县域企业增加研发投入', '成效显著'), economic('提高农村道路通行能力', '成效显著'), economic('减少学生往返学校的时间', '成效显著'),
    );
    expect(runRule(boilerplate, unitYear)).toEqual([]);
  });
});
