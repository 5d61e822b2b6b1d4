/**
 * How an indicator's words relate to its project and to the rest of the unit's document.
 *
 * - relation: the strongest word (character bigram) the indicator shares with its own project,
 *   weighted by how central the word is to the project (the share of the project's other texts that
 *   use it: name, use of funds, goals, other indicators) and by how specific it is to the project
 *   (ln((G + 1) / (g + 1)) over the G projects and the department plan, g of which use it). A word
 *   the project keeps returning to and other projects do not use (人才 in a talent project) relates
 *   strongly; a word the project used once in passing, or that every project uses, hardly at all.
 * - foreign characters: the ideographs of the indicator that appear nowhere else in the unit's whole
 *   document. Characters, not bigrams, because chance pairs across word boundaries are always new,
 *   while a new character is a new topic (葡萄, 化肥 in an organization department's document).
 */
import type { UnitYear } from '../../model';
import { planTexts } from './vocabulary';
import { bigrams, type ShingleSet } from './shingles';

export interface IndicatorTopic {
  /** See the module comment; 0 when the indicator shares no word with its project. */
  relation: number;
  /** The indicator's distinct ideographs. */
  characterCount: number;
  /** Its ideographs found in no other text of the unit. */
  foreignCharacters: Set<string>;
}

export interface UnitTopics {
  of(projectIndex: number, indicatorIndex: number): IndicatorTopic;
}

const ideograph = /\p{Script=Han}/u;

function indicatorText(unitYear: UnitYear, projectIndex: number, indicatorIndex: number): string {
  const indicator = unitYear.projects[projectIndex]?.indicators[indicatorIndex];
  return indicator ? `${indicator.name}，${indicator.description}` : '';
}

function ideographsOf(text: string): Set<string> {
  return new Set([...text].filter((character) => ideograph.test(character)));
}

/** Every text of the unit once, for counting where each character appears. */
function allTexts(unitYear: UnitYear): string[] {
  return [
    ...planTexts(unitYear),
    ...unitYear.projects.flatMap((project) => [
      project.name,
      project.purpose,
      ...project.goals,
      ...project.indicators.map((indicator) => `${indicator.name}，${indicator.description}`),
      ...project.indicators.map((indicator) => `${indicator.target.raw}，${indicator.basis}`),
    ]),
  ];
}

function countDocuments(sets: readonly Iterable<number | string>[]): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Builds the topic measures of every indicator of the unit. */
export function buildTopics(unitYear: UnitYear): UnitTopics {
  const projectDocuments = unitYear.projects.map((project, projectIndex) => [
    bigrams(project.name),
    bigrams(project.purpose),
    ...project.goals.map(bigrams),
    ...project.indicators.map((_, indicatorIndex) => bigrams(indicatorText(unitYear, projectIndex, indicatorIndex))),
  ]);
  const perProject = projectDocuments.map((documents) => countDocuments(documents));
  const groups = [...perProject.map((counts) => new Set(counts.keys())), new Set(planTexts(unitYear).flatMap((text) => [...bigrams(text)]))];
  const groupCount = countDocuments(groups);
  const characterCount = countDocuments(allTexts(unitYear).map(ideographsOf));
  const firstIndicatorDocument = (projectIndex: number): number => 2 + (unitYear.projects[projectIndex]?.goals.length ?? 0);
  return {
    of(projectIndex, indicatorIndex) {
      const documents = projectDocuments[projectIndex] ?? [];
      const own = documents[firstIndicatorDocument(projectIndex) + indicatorIndex] ?? new Uint32Array(0);
      const relation = relationOf(own, perProject[projectIndex] ?? new Map(), documents.length - 1, (code) => Math.log((groups.length + 1) / ((groupCount.get(code) ?? 0) + 1)));
      const characters = ideographsOf(indicatorText(unitYear, projectIndex, indicatorIndex));
      const foreignCharacters = new Set([...characters].filter((character) => (characterCount.get(character) ?? 0) <= 1));
      return { relation, characterCount: characters.size, foreignCharacters };
    },
  };
}

function relationOf(own: ShingleSet, projectCounts: ReadonlyMap<number | string, number>, otherDocuments: number, specificity: (code: number) => number): number {
  if (otherDocuments <= 0) return 0;
  let strongest = 0;
  for (const code of own) {
    const elsewhere = (projectCounts.get(code) ?? 1) - 1;
    if (elsewhere > 0) strongest = Math.max(strongest, (elsewhere / otherDocuments) * specificity(code));
  }
  return strongest;
}

// Function words join phrases; a run of new characters is trimmed of them (但葡萄 → 葡萄).
const functionCharacters = new Set([...'但而且并或及与和的了在对把被将使让之其']);

/**
 * The foreign words of a text for a message: runs of foreign characters (葡萄), a single one with the
 * character before it (化肥); a lone character after punctuation is left out.
 */
export function foreignWords(text: string, foreign: ReadonlySet<string>, max = 5): string[] {
  const isNew = (character: string | undefined): boolean => character !== undefined && foreign.has(character) && !functionCharacters.has(character);
  const words: string[] = [];
  const characters = [...text];
  for (let index = 0; index < characters.length; index += 1) {
    if (!isNew(characters[index])) continue;
    let end = index;
    while (isNew(characters[end + 1])) end += 1;
    const previous = characters[index - 1] ?? '';
    const word = end > index ? characters.slice(index, end + 1).join('') : ideograph.test(previous) ? `${previous}${characters[index]}` : '';
    if (word !== '' && !words.includes(word)) words.push(word);
    index = end;
  }
  return words.slice(0, max);
}
