/**
 * How an indicator's words relate to its project and to the rest of the unit's document.
 *
 * - foreign characters: the ideographs of the indicator (name and description) that appear nowhere
 *   else in the unit's whole document. Characters, not bigrams, because chance pairs across word
 *   boundaries are always new, while a new character is a new topic (葡萄, 化肥 in an organization
 *   department's document). Cheap: one count per character of the document.
 * - relation: the strongest word (character bigram) the indicator shares with its own project,
 *   weighted by how central the word is to the project (the share of the project's other texts that
 *   use it: name, use of funds, goals, other indicators) and by how specific it is to the project
 *   (ln((G + 1) / (g + 1)) over the G projects and the department plan, g of which use it). A word
 *   the project keeps returning to and other projects do not use (人才 in a talent project) relates
 *   strongly; a word used once in passing, or by every project, hardly at all. Built on first use.
 */
import type { UnitYear } from '../../model';
import { planTexts } from './vocabulary';
import { bigrams, type ShingleSet } from './shingles';

export interface UnitTopics {
  /** How many distinct ideographs the indicator (name and description) has, and how many of them no other text of the unit has. */
  characters(projectIndex: number, indicatorIndex: number): { count: number; foreign: number };
  /** Those foreign ideographs themselves, for the message. */
  foreignCharacters(projectIndex: number, indicatorIndex: number): Set<string>;
  /** See the module comment; 0 when the indicator shares no word with its project. */
  relation(projectIndex: number, indicatorIndex: number): number;
}

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function indicatorText(unitYear: UnitYear, projectIndex: number, indicatorIndex: number): string {
  const indicator = unitYear.projects[projectIndex]?.indicators[indicatorIndex];
  return indicator ? `${indicator.name}，${indicator.description}` : '';
}

/** Every text of the unit once (an indicator's name and description are two), for counting characters. */
function allTexts(unitYear: UnitYear): string[] {
  const texts = planTexts(unitYear);
  for (const project of unitYear.projects) {
    texts.push(project.name, project.purpose, ...project.goals);
    for (const indicator of project.indicators) texts.push(indicator.name, indicator.description, indicator.target.raw, indicator.basis);
  }
  return texts;
}

// Scratch counters over the BMP, shared by all reviews: measureCharacters is synchronous and returns
// them to zero before it returns, so no review ever sees another's counts. Stamps only grow.
const scratchCounts = new Uint16Array(0x10000);
const scratchStamps = new Uint32Array(0x10000);
let lastStamp = 0;

function nextStamp(): number {
  if (lastStamp > 0xfffffff0) {
    scratchStamps.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

function addCounts(text: string, delta: number): void {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isIdeograph(code)) scratchCounts[code] = Math.min(0xffff, (scratchCounts[code] as number) + delta);
  }
}

function clearCounts(text: string): void {
  for (let index = 0; index < text.length; index += 1) scratchCounts[text.charCodeAt(index)] = 0;
}

/** Distinct ideographs of the texts, and how many of them have no occurrence left in the counts. */
function measureOne(texts: readonly string[]): { count: number; foreign: number } {
  const seen = nextStamp();
  let count = 0;
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (!isIdeograph(code)) continue;
      scratchCounts[code] = (scratchCounts[code] as number) - 1;
      if (scratchStamps[code] !== seen) {
        scratchStamps[code] = seen;
        count += 1;
      }
    }
  }
  const checked = nextStamp();
  let foreign = 0;
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (!isIdeograph(code) || scratchStamps[code] === checked) continue;
      scratchStamps[code] = checked;
      if (scratchCounts[code] === 0) foreign += 1;
    }
  }
  for (const text of texts) addCounts(text, 1);
  return { count, foreign };
}

/** For every indicator (by project), its distinct and foreign ideograph counts. */
function measureCharacters(unitYear: UnitYear): Array<Array<{ count: number; foreign: number }>> {
  const texts = allTexts(unitYear);
  for (const text of texts) addCounts(text, 1);
  try {
    return unitYear.projects.map((project) => project.indicators.map((indicator) => measureOne([indicator.name, indicator.description])));
  } finally {
    for (const text of texts) clearCounts(text);
  }
}

/** The foreign ideographs of one indicator, counted afresh (for a message only). */
function foreignCharactersOf(unitYear: UnitYear, projectIndex: number, indicatorIndex: number): Set<string> {
  const indicator = unitYear.projects[projectIndex]?.indicators[indicatorIndex];
  if (!indicator) return new Set();
  const counts = new Map<string, number>();
  for (const text of allTexts(unitYear)) for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  const own = [...`${indicator.name}${indicator.description}`].filter((character) => isIdeograph(character.charCodeAt(0)));
  for (const character of own) counts.set(character, (counts.get(character) ?? 0) - 1);
  return new Set(own.filter((character) => counts.get(character) === 0));
}

interface ProjectWords {
  /** Per project: in how many of its texts each bigram appears, and how many texts it has. */
  documentCounts: Array<Map<number, number>>;
  textCounts: number[];
  /** In how many groups (projects, and the plan) each bigram appears. */
  groupCounts: Map<number, number>;
  groups: number;
}

function countProjectWords(unitYear: UnitYear): ProjectWords {
  const projectTexts = unitYear.projects.map((project, projectIndex) => [
    project.name,
    project.purpose,
    ...project.goals,
    ...project.indicators.map((_, indicatorIndex) => indicatorText(unitYear, projectIndex, indicatorIndex)),
  ]);
  const documentCounts = projectTexts.map((texts) => {
    const counts = new Map<number, number>();
    for (const text of texts) for (const code of bigrams(text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    return counts;
  });
  const groupCounts = new Map<number, number>();
  const planWords = new Set(planTexts(unitYear).flatMap((text) => [...bigrams(text)]));
  for (const words of [...documentCounts.map((counts) => counts.keys()), planWords]) for (const code of words) groupCounts.set(code, (groupCounts.get(code) ?? 0) + 1);
  return { documentCounts, textCounts: projectTexts.map((texts) => texts.length), groupCounts, groups: documentCounts.length + 1 };
}

function relationOf(own: ShingleSet, words: ProjectWords, projectIndex: number): number {
  const counts = words.documentCounts[projectIndex];
  const otherTexts = (words.textCounts[projectIndex] ?? 1) - 1;
  if (!counts || otherTexts <= 0) return 0;
  let strongest = 0;
  for (const code of own) {
    const elsewhere = (counts.get(code) ?? 1) - 1;
    const specificity = Math.log((words.groups + 1) / ((words.groupCounts.get(code) ?? 0) + 1));
    if (elsewhere > 0) strongest = Math.max(strongest, (elsewhere / otherTexts) * specificity);
  }
  return strongest;
}

/** The topic measures of the unit's indicators; the costly word counts are built only if asked for. */
export function buildTopics(unitYear: UnitYear): UnitTopics {
  const characters = measureCharacters(unitYear);
  let words: ProjectWords | null = null;
  return {
    characters: (projectIndex, indicatorIndex) => characters[projectIndex]?.[indicatorIndex] ?? { count: 0, foreign: 0 },
    foreignCharacters: (projectIndex, indicatorIndex) => foreignCharactersOf(unitYear, projectIndex, indicatorIndex),
    relation(projectIndex, indicatorIndex) {
      words ??= countProjectWords(unitYear);
      return relationOf(bigrams(indicatorText(unitYear, projectIndex, indicatorIndex)), words, projectIndex);
    },
  };
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
    const word = end > index ? characters.slice(index, end + 1).join('') : isIdeograph(previous.charCodeAt(0)) ? `${previous}${characters[index]}` : '';
    if (word !== '' && !words.includes(word)) words.push(word);
    index = end;
  }
  return words.slice(0, max);
}
