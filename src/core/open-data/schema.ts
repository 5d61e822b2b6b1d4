/**
 * The open-data record of targets: one record per indicator, with its project's fields, under the
 * national exchange names (预算管理一体化: mof_div_code, pro_code, kpi_lv1 …; domain.md §6) and next to
 * them Jixiao's own names (unitCode, projectCode, level1 …). Every field is always present (null when it
 * does not apply), in this order, which is also the CSV's column order.
 *
 * Monitoring (perf_comp, est_perf_annual, ana_dev_reasons, complete_rate) and self-evaluation (ind_comp,
 * ind_weight, eval_score, devi_analy) are further nullable fields at the end of the same record, filled when an
 * export carries them (results.ts), matched by (fiscal_year, agency_code, pro_code, indicatorIndex): readers
 * that take columns by name keep working. docs/open-data.md has the field table.
 */
import { z } from 'zod';

const text = (title: string, description: string, example: string) => z.string().meta({ title, description, examples: [example] });
const optionalText = (title: string, description: string, example: string | null) => z.string().nullable().meta({ title, description, examples: [example] });

export const openDataRecordSchema = z
  .object({
    mof_div_code: optionalText('财政区划代码', '单位所属财政区划（县、市、省）的代码；未知时为 null', '130322'),
    fiscal_year: z.int().meta({ title: '预算年度', description: '财政年度（自然年）', examples: [2021] }),
    agency_code: text('单位代码', '预算单位编码', '203001'),
    agency_name: text('单位名称', '预算单位名称', '中国共产党昌黎县委员会组织部本级'),
    pro_code: text('项目代码', '项目编码，同一年度内唯一', '130322210TL1EUNN2FE59'),
    pro_name: text('项目名称', '预算项目名称', '2021年选聘高校毕业生到村任职中央补助资金'),
    kpi_target: text('年度绩效目标', '项目绩效目标，各段以换行分隔', '1.按时发放…'),
    kpi_lv1: optionalText('一级指标', '一级指标名称', '产出指标'),
    kpi_lv2: optionalText('二级指标', '二级指标名称', '数量指标'),
    kpi_lv3: optionalText('三级指标', '三级指标（指标名称）', '补贴对象人数'),
    kpi_content: optionalText('指标内容', '绩效指标描述', '保障补助对象人数占应保人数之比'),
    kpi_val: optionalText('指标值', '指标值，按单位填写的原文', '≥95%'),
    kpi_evalstd: optionalText('评价标准', '指标值确定依据', '冀财行〔2020〕149号'),
    kpi_remark: optionalText('备注', '备注；目标表不填，留作自评和监控使用', null),
    unitCode: text('单位编码', '同 agency_code', '203001'),
    unitName: text('单位名称', '同 agency_name', '中国共产党昌黎县委员会组织部本级'),
    divisionCode: optionalText('财政区划', '同 mof_div_code', '130322'),
    year: z.int().meta({ title: '年度', description: '同 fiscal_year', examples: [2021] }),
    projectIndex: z.int().meta({ title: '项目序号', description: '项目在单位目标文件中的位置，从 1 起', examples: [1] }),
    projectCode: text('项目编码', '同 pro_code', '130322210TL1EUNN2FE59'),
    projectName: text('项目名称', '同 pro_name', '2021年选聘高校毕业生到村任职中央补助资金'),
    budgetTotalYuan: text('预算数（元）', '预算数，以元为单位的精确小数（两位）', '203200.00'),
    budgetFiscalYuan: text('财政资金（元）', '其中财政资金，元', '203200.00'),
    budgetOtherYuan: text('其他资金（元）', '其他资金，元', '0.00'),
    purpose: text('资金用途', '资金用途原文', '用于发放选聘高校毕业生到村任职补助。'),
    spendingPlan: text('资金支出计划', '各时点累计支出百分比，“时点:百分比”以分号分隔，空白表示不作承诺', '3月底:;6月底:50;10月底:50;12月底:100'),
    indicatorIndex: z.int().nullable().meta({ title: '指标序号', description: '指标在项目中的位置，从 1 起；没有指标的项目为 null', examples: [1] }),
    level1: optionalText('一级指标', '同 kpi_lv1', '产出指标'),
    level2: optionalText('二级指标', '同 kpi_lv2', '数量指标'),
    name: optionalText('三级指标', '同 kpi_lv3', '补贴对象人数'),
    description: optionalText('绩效指标描述', '同 kpi_content', '保障补助对象人数占应保人数之比'),
    targetRaw: optionalText('指标值原文', '同 kpi_val', '≥95%'),
    targetKind: z.enum(['quantitative', 'deadline', 'qualitative']).nullable().meta({ title: '指标值类型', description: 'quantitative 定量、deadline 时限、qualitative 定性', examples: ['quantitative'] }),
    comparator: z.enum(['≥', '≤', '=', '>', '<', '~']).nullable().meta({ title: '指标性质', description: '比较符号；~ 为区间；定性指标为 null', examples: ['≥'] }),
    targetValue: z.number().nullable().meta({ title: '指标数值', description: '定量指标的数值（区间为下限）', examples: [95] }),
    targetValueText: optionalText('指标数值（精确）', '定量指标的数值，精确十进制文本', '95'),
    targetUpper: z.number().nullable().meta({ title: '区间上限', description: '区间指标的上限，否则为 null', examples: [null] }),
    measureUnit: optionalText('度量单位', '定量指标的度量单位（% 、万元、个 …）', '%'),
    deadline: optionalText('完成期限', '时限指标的最后日期，yyyy-mm-dd', '2021-12-31'),
    direction: z.enum(['higher', 'lower', 'exact']).nullable().meta({ title: '指标方向', description: 'higher 正向（越高越好）、lower 反向、exact 达到即可', examples: ['higher'] }),
    basis: optionalText('指标值确定依据', '同 kpi_evalstd', '冀财行〔2020〕149号'),
    perf_comp: optionalText('绩效完成情况', '监控：截止日期时的执行情况（1—N月执行情况），数值带度量单位或“达成”“部分达成”“未达成”', '62.5%'),
    est_perf_annual: optionalText('全年预计完成情况', '监控：全年预计完成情况', '100%'),
    ana_dev_reasons: optionalText('偏差原因分析', '监控：偏差原因，“原因类别：说明”以分号分隔', '经费保障：资金7月下旬到位'),
    complete_rate: optionalText('完成率', '监控：执行情况 ÷ 指标数值 × 100，两位小数；定性、时限指标为 null', '65.79'),
    ind_comp: optionalText('实际完成值', '自评：实际完成值，数值带度量单位、完成日期或评价等级', '216人'),
    ind_weight: optionalText('分值', '自评：指标分值（剔除不适用指标后折算），两位小数', '10.00'),
    eval_score: optionalText('得分', '自评：指标得分，两位小数', '10.00'),
    devi_analy: optionalText('偏差原因分析及改进措施', '自评：偏差原因分析及改进措施', '受疫情影响部分培训延期'),
  })
  .strict();

export type OpenDataRecord = z.infer<typeof openDataRecordSchema>;

/** The field names in record (and CSV column) order. */
export const openDataFields = Object.keys(openDataRecordSchema.shape) as Array<keyof OpenDataRecord>;

/** The JSON Schema (draft 2020-12) of the open-data JSON: an array of records. */
export const openDataSchema = z.toJSONSchema(z.array(openDataRecordSchema));
