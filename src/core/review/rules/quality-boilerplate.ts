/**
 * Boilerplate copied across projects (quality.boilerplate). The statements of indicators that have no
 * number to hold them (a description and a worded target) are compared across the unit's projects by
 * Jaccard similarity of character bigrams, grouped in near-linear time by MinHash LSH; a group that
 * spans several projects is a sentence that says nothing about any one of them.
 *
 * Indicators with a number or a date are left out: a shared measurement formula (抽样调查…满意的数量
 * 占全部调查人数的比率) with its own target is a definition, not boilerplate.
 */
import { z } from 'zod';
import type { Evidence } from '../../finding';
import type { IndicatorEntry, ReviewContext } from '../context';
import { defineRule, type RuleFinding } from '../rule';
import { groupNearDuplicates } from '../text/near-duplicates';
import { bigramsOfNormalized, normalizeForComparison, type ShingleSet } from '../text/shingles';
import { indicatorCells, indicatorLabel, indicatorLocation, projectLabel, quote } from '../wording';

type StatementField = 'description' | 'target';

interface Statement {
  entry: IndicatorEntry;
  field: StatementField;
  text: string;
}

/** Shorter statements are grades or names (长期, 成效显著), not sentences worth comparing. */
const minStatementLength = 6;

function statementsOf(context: ReviewContext): Statement[] {
  return context.indicators.flatMap((entry): Statement[] => {
    const target = entry.indicator.target;
    if (target.kind !== 'qualitative') return [];
    const statements: Statement[] = [{ entry, field: 'description', text: entry.indicator.description }];
    if (!context.cells.isAcceptedGrade(target.raw)) statements.push({ entry, field: 'target', text: target.raw });
    return statements.filter((statement) => context.memo(shingle, statement.text).key.length >= minStatementLength);
  });
}

function shingle(text: string): { key: string; shingles: ShingleSet } {
  const key = normalizeForComparison(text);
  return { key, shingles: bigramsOfNormalized(key) };
}

/** The groups of near-identical statements that span at least `minProjects` projects. */
export function boilerplateGroups(context: ReviewContext, minSimilarity: number, minProjects: number): Statement[][] {
  const statements = statementsOf(context);
  const shingled = statements.map((statement) => context.memo(shingle, statement.text));
  return groupNearDuplicates(shingled, minSimilarity)
    .map((group) => group.map((index) => statements[index] as Statement))
    .filter((group) => new Set(group.map((statement) => statement.entry.projectIndex)).size >= minProjects);
}

export const boilerplate = defineRule({
  id: 'quality.boilerplate',
  family: 'quality',
  title: '多个项目照抄同样的套话',
  explanation: '同一句话几乎原样出现在多个项目的指标里，说明它没有反映任何一个项目的具体产出或效益；这样的指标写了等于没写，年底也无法考核。',
  defaultSeverity: 'warning',
  settings: { minSimilarity: z.number().gt(0).max(1), minProjects: z.number().int().min(2) },
  check(context, { minSimilarity, minProjects }) {
    const byIndicator = new Map<IndicatorEntry, Array<{ statement: Statement; group: Statement[] }>>();
    for (const group of boilerplateGroups(context, minSimilarity, minProjects)) {
      for (const statement of group) byIndicator.set(statement.entry, [...(byIndicator.get(statement.entry) ?? []), { statement, group }]);
    }
    return [...byIndicator.entries()].map(([entry, hits]) => boilerplateFinding(entry, hits));
  },
});

function boilerplateFinding(entry: IndicatorEntry, hits: Array<{ statement: Statement; group: Statement[] }>): RuleFinding {
  const fields = [...new Set(hits.map((hit) => hit.statement.field))];
  const projects = new Set(hits.flatMap((hit) => hit.group.map((statement) => statement.entry.projectIndex)));
  const cells = fields.map((field) => indicatorCells[field]).join('和');
  const quoted = hits.map((hit) => quote(hit.statement.text, 24)).join('、');
  return {
    location: indicatorLocation(entry, fields[0] as StatementField),
    message: `${indicatorLabel(entry)}的${cells}${quoted}与另外${projects.size - 1}个项目中的表述几乎相同，是通用套话，没有说明本项目的具体产出或效益。`,
    suggestion: '结合本项目写出具体、可衡量的内容：谁受益、受益多少、改善到什么程度（如“≥90%”“减少30%”）。',
    evidence: otherProjects(entry, hits),
  };
}

/** One line per other project: the first similar statement there. */
function otherProjects(entry: IndicatorEntry, hits: Array<{ group: Statement[] }>): Evidence[] {
  const seen = new Set<number>([entry.projectIndex]);
  const evidence: Evidence[] = [];
  for (const statement of hits.flatMap((hit) => hit.group)) {
    if (seen.has(statement.entry.projectIndex)) continue;
    seen.add(statement.entry.projectIndex);
    evidence.push({
      location: indicatorLocation(statement.entry, statement.field),
      text: `${projectLabel(statement.entry.project)}${indicatorLabel(statement.entry)}的${indicatorCells[statement.field]}：${statement.text}`,
    });
  }
  return evidence.sort((a, b) => (a.location.project ?? 0) - (b.location.project ?? 0));
}
