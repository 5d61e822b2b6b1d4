/**
 * Numbers stated in free text (总体目标, 绩效指标 texts, 绩效目标, 指标描述): "开展8期科级干部培训",
 * "评选出50名以上县级优秀人才", "不超过…总人数的25%". Each mention keeps its unit (from the pack),
 * the comparator its words give (以上, 至少, 不超过 …), and the words around it, so that a rule can
 * tell which indicator states the same thing. Years, dates and list numbers are not mentions.
 */
import type { Comparator } from '../../target/target';
import { toHalfWidth } from '../../text';
import type { MeasureUnitIndex, UnitLookup } from '../measure-units';

export interface NumberMention {
  value: number;
  valueText: string;
  unit: UnitLookup;
  comparator: Exclude<Comparator, '~'>;
  /** The mention as written, with its comparator words ("50名以上"). */
  text: string;
  /** The words between the previous break and the number ("确保17个乡镇各村远教站点"). */
  before: string;
  /** The words after the unit up to the next break ("光猫完好"). */
  after: string;
  /** The whole phrase: the words before, the mention and the words after ("开展8期科级干部培训"). */
  phrase: string;
  /** A total that frames the statement (全县418个村, 占…的比例) rather than a promise. */
  isScope: boolean;
}

// Quotes and title marks do not break a phrase: 完成418个村的“村两委”换届工作 is one statement.
const breakCharacter = /[，。；;,.、：:！？!?（）()【】〔〕[\]\s\d]/;
const numberPattern = /\d+(?:\.\d+)?/g;

type Bound = Exclude<Comparator, '~'>;
const wordsBefore: ReadonlyArray<[string, Bound]> = [
  ['不少于', '≥'], ['不低于', '≥'], ['至少', '≥'], ['达到', '≥'], ['≥', '≥'], ['不超过', '≤'], ['不高于', '≤'],
  ['不多于', '≤'], ['控制在', '≤'], ['≤', '≤'], ['超过', '>'], ['大于', '>'], ['多于', '>'], ['高于', '>'], ['>', '>'],
  ['少于', '<'], ['小于', '<'], ['低于', '<'], ['<', '<'],
];
const wordsAfter: ReadonlyArray<[string, Bound]> = [
  ['及以上', '≥'], ['以上', '≥'], ['及以下', '≤'], ['以下', '≤'], ['以内', '≤'], ['之内', '≤'], ['余', '>'], ['多', '>'],
];
const scopeMarker = /(全县|全市|全省|全区|全镇|全乡|全国|全体|全部|所有|共计|总计|合计|共有|占)$/;

const anyDigit = /[0-9０-９]/;

/** The mentions of numbers with a unit known to the pack, in text order. Never throws; [] for text without digits. */
export function extractNumberMentions(text: string, units: MeasureUnitIndex): NumberMention[] {
  if (!anyDigit.test(text)) return [];
  const folded = toHalfWidth(text);
  const mentions: NumberMention[] = [];
  for (const match of folded.matchAll(numberPattern)) {
    const mention = readMention(folded, match.index, match[0], units);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function readMention(text: string, start: number, digits: string, units: MeasureUnitIndex): NumberMention | null {
  const end = start + digits.length;
  if (isListNumberOrSpan(text, start, end)) return null;
  const gap = text.slice(end).match(/^\s*(余|多)?\s*/)?.[0] ?? '';
  const written = unitAt(text, end + gap.length, units);
  if (written === undefined) return null;
  const unit = units.lookup(written) as UnitLookup;
  const afterUnit = end + gap.length + written.length;
  if (isYearOrDate(digits, written)) return null;
  const suffix = wordsAfter.find(([word]) => text.startsWith(word, afterUnit) || gap.trim() === word);
  const segmentStart = skipUnitOfPreviousNumber(text, lastBreakBefore(text, start), units);
  const before = text.slice(segmentStart, start);
  const prefix = lastWordIn(before);
  const afterStart = afterUnit + (suffix && text.startsWith(suffix[0], afterUnit) ? suffix[0].length : 0);
  return {
    value: Number(digits),
    valueText: digits,
    unit,
    comparator: prefix?.[1] ?? suffix?.[1] ?? '=',
    text: text.slice(prefix ? segmentStart + before.lastIndexOf(prefix[0]) : start, afterStart),
    before,
    after: text.slice(afterStart, nextBreakFrom(text, afterStart)),
    phrase: text.slice(segmentStart, nextBreakFrom(text, afterStart)),
    isScope: scopeMarker.test(before.replace(/(不少于|不超过|至少|超过|达到)$/, '')),
  };
}

/**
 * The unit written at `index`. Of several spellings that match, the longest that ends the word (100万元。)
 * wins; when none ends it, the shortest, so that 418个村的 and 20个村级 are counted in 个.
 */
function unitAt(text: string, index: number, units: MeasureUnitIndex): string | undefined {
  const matches = units.spellingsStartingWith(text[index] ?? '').filter((spelling) => text.startsWith(spelling, index));
  const endsWord = matches.find((spelling) => !/\p{Script=Han}/u.test(text[index + spelling.length] ?? ''));
  return endsWord ?? matches[matches.length - 1];
}

/** "1.考核奖金", "2、", "2018-2021年": numbering and spans, not quantities. */
function isListNumberOrSpan(text: string, start: number, end: number): boolean {
  const previous = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (previous === '-' || previous === '~' || next === '-' || next === '~') return true;
  const atStart = start === 0 || breakCharacter.test(previous) || previous === '.';
  return atStart && (next === '、' || (next === '.' && !/\d/.test(text[end + 1] ?? '')));
}

/** 2020年度, 6月底, 12月31日: a calendar year, month or day (a duration is written 3个月, 5天). */
function isYearOrDate(digits: string, written: string): boolean {
  if (/^年/.test(written) && /^\d{4}$/.test(digits)) return true;
  return written === '月' || written === '日' || written === '号';
}

function lastBreakBefore(text: string, index: number): number {
  let cursor = index;
  while (cursor > 0 && !breakCharacter.test(text[cursor - 1] as string)) cursor -= 1;
  return cursor;
}

/** In 8期科级干部培训、2期人才…及1次新录用…, the words before 1 start after 期, the unit of 2. */
function skipUnitOfPreviousNumber(text: string, start: number, units: MeasureUnitIndex): number {
  if (start === 0 || !/\d/.test(text[start - 1] as string)) return start;
  const unit = units.spellingsStartingWith(text[start] ?? '').find((spelling) => text.startsWith(spelling, start));
  return unit === undefined ? start : start + unit.length;
}

function nextBreakFrom(text: string, index: number): number {
  let cursor = index;
  while (cursor < text.length && !breakCharacter.test(text[cursor] as string)) cursor += 1;
  return cursor;
}

/**
 * The comparator word written last in the words before a number ("至少评选出" → 至少). Of words ending
 * at the same place the longer wins: 不超过, not 超过.
 */
function lastWordIn(before: string): [string, Bound] | undefined {
  let best: [string, Bound] | undefined;
  let bestEnd = -1;
  for (const entry of wordsBefore) {
    const index = before.lastIndexOf(entry[0]);
    const end = index < 0 ? -1 : index + entry[0].length;
    if (end > bestEnd || (end === bestEnd && best !== undefined && entry[0].length > best[0].length)) {
      best = entry;
      bestEnd = end;
    }
  }
  return best;
}
