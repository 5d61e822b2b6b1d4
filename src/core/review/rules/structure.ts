/**
 * Structure (structure.*): the indicator tree against the pack's framework, required branches, empty
 * cells and duplicate indicators.
 */
import { z } from 'zod';
import type { IndicatorEntry, ReviewContext } from '../context';
import { compact } from '../cells';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { indicatorCells, indicatorEvidence, indicatorLabel, indicatorLocation, projectLocation, quote, type IndicatorField } from '../wording';

const listOf = (names: readonly string[]): string => names.map((name) => `“${name}”`).join('、');

export const unknownLevel1 = defineRule({
  id: 'structure.unknown-level1',
  family: 'structure',
  title: '一级指标不在指标体系中',
  explanation: '一级指标决定指标归入产出、效益还是满意度，评分权重也按一级指标分配；名称不在指标体系中，这一行就无法归类和计分。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    const names = context.framework.level1.map((level1) => level1.name);
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      const written = entry.indicator.level1.trim();
      if (written === '' || context.framework.level1Named(written)) return noFindings;
      const nearest = context.framework.nearest(written, names);
      return [{
        location: indicatorLocation(entry, 'level1'),
        message: `${indicatorLabel(entry)}的一级指标${quote(written)}不在“${context.pack.name}”的指标体系中。`,
        suggestion: nearest ? `改为“${nearest}”。` : `一级指标应为${listOf(names)}之一。`,
      }];
    });
  },
});

export const unknownLevel2 = defineRule({
  id: 'structure.unknown-level2',
  family: 'structure',
  title: '二级指标不属于所在的一级指标',
  explanation: '二级指标必须是指标体系中该一级指标下的名称，否则无法判断指标类型（数量、质量、时效、成本……），相应的审核和评分规则也就无从适用。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.indicators.flatMap((entry) => checkLevel2(context, entry));
  },
});

function checkLevel2(context: ReviewContext, entry: IndicatorEntry): RuleFinding[] {
  const written = entry.indicator.level2.trim();
  const parent = context.framework.level1Named(entry.indicator.level1);
  const found = context.framework.level2Named(written);
  if (written === '' || (found && (!parent || found.level1 === parent))) return [];
  const location = indicatorLocation(entry, 'level2');
  if (found && parent) {
    return [{
      location,
      message: `${indicatorLabel(entry)}的二级指标${quote(written)}属于“${found.level1.name}”，却写在一级指标“${parent.name}”下。`,
      suggestion: `把一级指标改为“${found.level1.name}”，或改用“${parent.name}”下的二级指标：${listOf(parent.level2.map((level2) => level2.name))}。`,
    }];
  }
  const asLevel1 = context.framework.level1Named(written);
  if (asLevel1) {
    return [{
      location,
      message: `${indicatorLabel(entry)}的二级指标${quote(written)}在“${context.pack.name}”的指标体系中是一级指标。`,
      suggestion: `把一级指标改为“${asLevel1.name}”，二级指标改用${listOf(asLevel1.level2.map((level2) => level2.name))}之一。`,
    }];
  }
  const candidates = (parent ? [parent] : context.framework.level1).flatMap((level1) => level1.level2.map((level2) => level2.name));
  const nearest = context.framework.nearest(written, candidates);
  return [{
    location,
    message: `${indicatorLabel(entry)}的二级指标${quote(written)}不在“${context.pack.name}”的指标体系中。`,
    suggestion: nearest ? `改为“${nearest}”。` : `二级指标应为${listOf(candidates)}之一。`,
  }];
}

export const missingLevel1 = defineRule({
  id: 'structure.missing-level1',
  family: 'structure',
  title: '缺少必设的一级指标',
  explanation: '每个项目都要说明花钱产出了什么、带来了什么效益；缺少必设的一级指标，绩效目标就不完整，自评时也无法按权重计分。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex) => {
      const entries = context.indicatorsByProject[projectIndex] ?? [];
      return context.framework.level1
        .filter((level1) => level1.required && !entries.some((entry) => entry.roles.level1Name === level1.name))
        .map((level1) => ({
          location: projectLocation(project, projectIndex, 'indicators', '一级指标'),
          message: `项目${quote(project.name)}没有“${level1.name}”类的指标。`,
          suggestion: `至少设置一个“${level1.name}”下的指标（${listOf(level1.level2.map((level2) => level2.name))}）。`,
        }));
    });
  },
});

export const missingLevel2 = defineRule({
  id: 'structure.missing-level2',
  family: 'structure',
  title: '缺少必设的二级指标',
  explanation: '指标体系要求的二级指标（如数量、质量、时效、成本指标，服务对象满意度指标）各自衡量项目的一个方面，缺了一个，这一方面就没有目标可考核。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex) => {
      const present = new Set((context.indicatorsByProject[projectIndex] ?? []).map((entry) => entry.indicator.level2.trim()));
      const levelOnes = new Set((context.indicatorsByProject[projectIndex] ?? []).map((entry) => entry.roles.level1Name));
      // A wholly missing level 1 is structure.missing-level1's finding; its level 2s are not repeated.
      return context.framework.level1
        .filter((level1) => levelOnes.has(level1.name))
        .flatMap((level1) => level1.level2.filter((level2) => level2.required && !present.has(level2.name)).map((level2) => ({
          location: projectLocation(project, projectIndex, 'indicators', '二级指标'),
          message: `项目${quote(project.name)}的“${level1.name}”下没有“${level2.name}”。`,
          suggestion: `补充至少一个“${level2.name}”。`,
        })));
    });
  },
});

const requiredCells: readonly IndicatorField[] = ['level1', 'level2', 'name', 'target'];

export const emptyCell = defineRule({
  id: 'structure.empty-cell',
  family: 'structure',
  title: '指标的必填单元格为空',
  explanation: '一级、二级、三级指标和指标值是一行指标的骨架，任何一个为空，这一行就无法归类、无法考核。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    const findings: RuleFinding[] = [];
    for (const entry of context.indicators) {
      for (const field of requiredCells) {
        if (!isEmpty(cellText(entry, field))) continue;
        findings.push({
          location: indicatorLocation(entry, field),
          message: `第${entry.projectIndex + 1}个项目第${entry.indicatorIndex + 1}行指标${entry.indicator.name.trim() ? `（${quote(entry.indicator.name)}）` : ''}的“${indicatorCells[field]}”为空。`,
          suggestion: `填写“${indicatorCells[field]}”。`,
        });
      }
    }
    return findings;
  },
});

const isEmpty = (text: string): boolean => text === '' || text.trim() === '';

function cellText(entry: IndicatorEntry, field: IndicatorField): string {
  return field === 'target' ? entry.indicator.target.raw : entry.indicator[field];
}

export const emptyBasis = defineRule({
  id: 'structure.empty-basis',
  family: 'structure',
  title: '指标值确定依据为空',
  explanation: '指标值确定依据说明目标值从何而来（计划标准、行业标准、历史标准或文件），审核人据此判断目标值是否合理；没有依据，目标值就无从核实。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.indicators
      .filter((entry) => context.cells.isBlank(entry.indicator.basis))
      .map((entry) => ({
        location: indicatorLocation(entry, 'basis'),
        message: `${indicatorLabel(entry)}的指标值确定依据${entry.indicator.basis.trim() ? `只写了${quote(entry.indicator.basis)}` : '为空'}。`,
        suggestion: '写明确定指标值的依据：计划标准、行业标准、历史标准，或具体文件的名称和文号。',
      }));
  },
});

export const duplicateIndicator = defineRule({
  id: 'structure.duplicate-indicator',
  family: 'structure',
  title: '同一项目中指标名称重复',
  explanation: '同一项目里两个指标同名，自评时无法分清各自的完成情况，往往是复制后忘了修改。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.indicatorsByProject.flatMap((entries) => {
      const first = new Map<string, IndicatorEntry>();
      return entries.flatMap((entry): readonly RuleFinding[] => {
        const key = compact(entry.indicator.name);
        const earlier = first.get(key);
        if (key === '') return noFindings;
        if (!earlier) return (first.set(key, entry), []);
        return [{
          location: indicatorLocation(entry, 'name'),
          message: `${indicatorLabel(entry)}与本项目第${earlier.indicatorIndex + 1}行指标同名。`,
          suggestion: '改用能区分两者的名称，或合并为一个指标。',
          evidence: [indicatorEvidence(earlier, 'name', earlier.indicator.name)],
        }];
      });
    });
  },
});

export const nameTooLong = defineRule({
  id: 'structure.name-too-long',
  family: 'structure',
  title: '三级指标名称过长',
  explanation: '三级指标名称应是简短的指标名，具体口径写在指标描述里；名称过长，在预算公开和汇总表中难以阅读。',
  defaultSeverity: 'warning',
  settings: { maxLength: z.number().int().positive() },
  check(context, { maxLength }) {
    return context.indicators
      .filter((entry) => [...entry.indicator.name.trim()].length > maxLength)
      .map((entry) => ({
        location: indicatorLocation(entry, 'name'),
        message: `${indicatorLabel(entry)}的名称有${[...entry.indicator.name.trim()].length}个字，超过${maxLength}个字。`,
        suggestion: '把名称缩短为指标本身，说明性文字移到“绩效指标描述”。',
      }));
  },
});
