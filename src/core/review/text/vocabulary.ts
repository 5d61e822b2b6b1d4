/**
 * The vocabulary of one unit's document: every text (department plan paragraphs, project names, uses of
 * funds, goals, indicator names and descriptions) as a bigram set, and how rare each bigram is across
 * them (inverse document frequency), so that shared rare words count and shared filler does not.
 */
import type { UnitYear } from '../../model';
import { bigrams, type ShingleSet } from './shingles';

export interface UnitVocabulary {
  /** The bigram set of indicator `indicatorIndex` of project `projectIndex`: name + description. */
  indicator(projectIndex: number, indicatorIndex: number): ShingleSet;
  /** ln((N + 1) / (df + 1)) + 1 over the unit's texts; unseen bigrams weigh most. */
  idf(code: number): number;
  /**
   * The weighted share of `words` also found in `other`: Σ idf(shared) / Σ idf(words), 0 for no words.
   * The `emphasized` bigram, when given, weighs double.
   */
  coverage(words: ShingleSet, other: ShingleSet, emphasized?: number): number;
}

/** The texts of the department plan, each a document. */
export function planTexts(unitYear: UnitYear): string[] {
  const plan = unitYear.departmentPlan;
  return [
    ...(plan.commitments.length > 0 ? plan.commitments : [plan.overallGoal]),
    ...plan.subGoals.flatMap((subGoal) => [subGoal.goal, subGoal.indicatorText]),
    ...plan.measures.map((measure) => `${measure.title}${measure.text}`),
  ];
}

/** The vocabulary of the unit's document: indicator bigram sets and inverse document frequencies. */
export function buildVocabulary(unitYear: UnitYear): UnitVocabulary {
  const indicatorSets = unitYear.projects.map((project) =>
    project.indicators.map((indicator) => bigrams(`${indicator.name}，${indicator.description}`)),
  );
  const documents: ShingleSet[] = [
    ...planTexts(unitYear).map(bigrams),
    ...unitYear.projects.flatMap((project) => [bigrams(project.name), bigrams(project.purpose), ...project.goals.map(bigrams)]),
    ...indicatorSets.flat(),
  ];
  const frequency = new Map<number, number>();
  for (const document of documents) for (const code of document) frequency.set(code, (frequency.get(code) ?? 0) + 1);
  const total = documents.length;
  const idf = (code: number): number => Math.log((total + 1) / ((frequency.get(code) ?? 0) + 1)) + 1;
  return {
    indicator: (projectIndex, indicatorIndex) => indicatorSets[projectIndex]?.[indicatorIndex] ?? new Uint32Array(0),
    idf,
    coverage(words, other, emphasized) {
      let all = 0;
      let shared = 0;
      let j = 0;
      for (const code of words) {
        const weight = idf(code) * (code === emphasized ? 2 : 1);
        all += weight;
        while (j < other.length && (other[j] as number) < code) j += 1;
        if (other[j] === code) shared += weight;
      }
      return all === 0 ? 0 : shared / all;
    },
  };
}
