/**
 * A generator of synthetic target documents in the layout of the reference document: any number of units ×
 * projects × indicators, deterministic for a given seed. Used by benchmarks and by property tests.
 */
import { fen, type Fen } from '../src/core/money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../src/core/model';
import { parseTarget } from '../src/core/target/parse-target';

export interface GeneratorOptions {
  seed: number;
  units: number;
  projectsPerUnit: number;
  indicatorsPerProject: number;
  year?: number;
}

/** mulberry32: a small, fast, deterministic pseudo-random generator. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const departments = ['县委组织部', '县教育局', '县卫生健康局', '县农业农村局', '县交通运输局', '县民政局', '县文化广电和旅游局', '县生态环境分局', '县住房和城乡建设局', '县人力资源和社会保障局'];
const themes = ['干部教育培训', '农村公路养护', '学生营养改善', '基层医疗设备购置', '农村人居环境整治', '困难群众救助', '公共文化服务', '大气污染防治', '老旧小区改造', '就业技能培训', '高标准农田建设', '乡村学校校舍维修'];
const objects = ['培训班', '公路里程', '受助学生', '医疗设备', '整治村庄', '救助对象', '文化活动', '监测站点', '改造小区', '培训人次', '农田面积', '维修校舍'];
const units = ['期', '公里', '人', '台', '个', '人次', '场次', '个', '个', '人次', '亩', '所'];
const bases = ['《预算法》', '县委县政府年度工作要点', '省财政厅关于加强项目支出绩效管理的通知', '行业标准', '历史标准', '年度工作计划'];

interface IndicatorTemplate {
  level1: string;
  level2: string;
  make: (random: Random, theme: number, budget: number) => { name: string; description: string; raw: string };
}

const templates: IndicatorTemplate[] = [
  { level1: '产出指标', level2: '数量指标', make: (r, t) => ({ name: `${objects[t]}数量`, description: `年度完成的${objects[t]}数量`, raw: `${pick(r, ['≥', '', '>'])}${between(r, 2, 900)}${units[t]}` }) },
  { level1: '产出指标', level2: '质量指标', make: (r, t) => ({ name: `${objects[t]}合格率`, description: `验收合格的${objects[t]}占全部的比例`, raw: `${pick(r, ['≥', '≥', '>'])}${between(r, 80, 100)}${pick(r, ['%', '百分比', '％'])}` }) },
  { level1: '产出指标', level2: '时效指标', make: (r) => ({ name: '按期完成', description: '年度任务按期完成', raw: pick(r, ['2021年12月31日前', '2021年12月底前完成', '2021年11月30日', '2021年底前完成']) }) },
  { level1: '产出指标', level2: '成本指标', make: (_r, t, budget) => ({ name: `${themes[t]}总成本`, description: '成本控制在预算以内', raw: `≤${budget}万元` }) },
  { level1: '效益指标', level2: '社会效益指标', make: (r, t) => ({ name: `${themes[t]}受益面`, description: `受益群众占应受益群众的比例`, raw: `≥${between(r, 85, 99)}%` }) },
  { level1: '效益指标', level2: '经济效益指标', make: (r) => ({ name: '带动相关支出', description: '带动社会资金投入', raw: `≥${between(r, 1, 50)}万元` }) },
  { level1: '效益指标', level2: '生态效益指标', make: (r) => ({ name: '节能减排', description: '降低能源消耗', raw: pick(r, ['成效显著', '有所改善', '≥5%']) }) },
  { level1: '效益指标', level2: '可持续影响指标', make: (r) => ({ name: '长效机制', description: '形成长效管理机制', raw: pick(r, ['长期', '≥3年', '一至两年']) }) },
  { level1: '满意度指标', level2: '服务对象满意度指标', make: (r) => ({ name: '服务对象满意度', description: '抽样调查满意人数占调查总人数的比例', raw: `≥${between(r, 85, 98)}%` }) },
];

function spendingPlan(random: Random): SpendingCheckpoint[] {
  const shares = [between(random, 0, 30), between(random, 30, 60), between(random, 60, 95), 100];
  return [3, 6, 10, 12].map((month, index) => {
    const blank = index < 3 && random() < 0.15;
    const percent = blank ? null : (shares[index] as number);
    return { checkpoint: `${month}月底`, month, percent, raw: percent === null ? '' : `${percent.toFixed(2)}%` };
  });
}

function indicators(random: Random, theme: number, budgetWan: number, count: number): Indicator[] {
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length] as IndicatorTemplate;
    const { name, description, raw } = template.make(random, theme, budgetWan);
    return { level1: template.level1, level2: template.level2, name: `${name}${index >= templates.length ? index : ''}`, description, target: parseTarget(raw).value, basis: pick(random, bases) };
  }).sort((a, b) => templates.findIndex((t) => t.level2 === a.level2) - templates.findIndex((t) => t.level2 === b.level2));
}

function project(random: Random, unitIndex: number, index: number, options: GeneratorOptions): Project {
  const theme = between(random, 0, themes.length - 1);
  const budgetWan = between(random, 5, 500);
  const amount: Fen = fen(budgetWan * 1_000_000);
  return {
    code: `130322${String(options.year ?? 2021).slice(2)}${String(unitIndex).padStart(4, '0')}${String(index).padStart(4, '0')}X`,
    name: `${themes[theme]}项目${index + 1}`,
    budget: { total: amount, fiscal: amount, other: fen(0) },
    budgetRaw: { total: `${budgetWan}.00`, fiscal: `${budgetWan}.00`, other: '0' },
    purpose: `预算数${budgetWan}万元，主要用于${themes[theme]}。`,
    spendingPlan: spendingPlan(random),
    goals: [`1.按期完成${themes[theme]}年度任务。`, `2.提高${objects[theme]}质量，群众满意度明显提升。`],
    indicators: indicators(random, theme, budgetWan, options.indicatorsPerProject),
  };
}

/** Unit years of a synthetic county (or province), deterministic for `options.seed`. */
export function generateUnitYears(options: GeneratorOptions): UnitYear[] {
  const random = createRandom(options.seed);
  return Array.from({ length: options.units }, (_, unitIndex) => ({
    unit: { code: String(300001 + unitIndex), name: `${pick(random, departments)}本级${unitIndex + 1}`, divisionCode: '130322' },
    year: options.year ?? 2021,
    moneyUnit: '万元',
    departmentPlan: {
      overallGoal: '全面完成年度各项工作任务。具体体现在如下方面：按期完成各项目任务；提高财政资金使用效益。',
      commitments: ['按期完成各项目任务', '提高财政资金使用效益'],
      subGoals: [{ title: '（一）按期完成年度任务。', goal: '按期完成各项目任务。', indicatorText: '各项目按期完成。' }],
      measures: [{ title: '完善制度建设。', text: '制定完善预算绩效管理制度。' }],
    },
    projects: Array.from({ length: options.projectsPerUnit }, (_, index) => project(random, unitIndex, index, options)),
  }));
}
