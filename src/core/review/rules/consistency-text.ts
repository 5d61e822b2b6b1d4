/**
 * Text that must agree with itself (consistency.*): paired marks, and one document cited under
 * different years or names across the unit's document.
 */
import type { Evidence } from '../../finding';
import type { ReviewContext } from '../context';
import { defineRule, noSettings, type RuleFinding } from '../rule';
import { findUnpairedMarks, type UnpairedMark } from '../text/brackets';
import { citedTitles, isSubsequence, normalizeTitle, yearlessKey } from '../text/citations';
import { cellLabel, cellLocation, excerptAround, groupByProjectAndText, markedTextCells, type TextCell } from '../text-cells';

export const unpairedMarks = defineRule({
  id: 'consistency.unpaired-marks',
  family: 'consistency',
  title: '括号、书名号或引号不成对',
  explanation: '括号、书名号、引号不成对，文件名称和引述的范围就不清楚，公开后也显得不严谨；多半是录入时漏打了一半。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    const items = markedTextCells(context).flatMap((cell) => context.memo(findUnpairedMarks, cell.text).map((mark) => ({ cell, mark })));
    return groupByProjectAndText(items).map((group) => {
      const { cell } = group[0] as { cell: TextCell };
      const marks = unique(group.filter((item) => item.cell === cell).map((item) => item.mark));
      const others = unique(group.map((item) => item.cell)).slice(1);
      return {
        location: cellLocation(cell),
        message: `${cellLabel(cell)}${marks.map((mark) => `${excerptAround(cell.text, mark.index)}中${describe(mark)}`).join('；')}。`,
        suggestion: marks.map((mark) => (mark.kind === 'unclosed' ? `补上${named(mark.missing)}` : `删去多余的${named(mark.mark)}或补上${named(mark.missing)}`)).join('，') + '。',
        ...(others.length > 0 ? { evidence: others.map((other): Evidence => ({ location: cellLocation(other), text: `同样的文字还在${cellLabel(other)}` })) } : {}),
      } satisfies RuleFinding;
    });
  },
});

const markNames: Readonly<Record<string, string>> = {
  '《': '前书名号', '》': '后书名号', '〈': '前书名号', '〉': '后书名号', '（': '左括号', '(': '左括号', '）': '右括号', ')': '右括号',
  '【': '左方头括号', '】': '右方头括号', '〔': '左六角括号', '〕': '右六角括号', '[': '左方括号', ']': '右方括号', '{': '左花括号', '}': '右花括号',
  '“': '左引号', '”': '右引号', '‘': '左单引号', '’': '右单引号', '「': '左引号', '」': '右引号', '『': '左引号', '』': '右引号',
};

const named = (mark: string): string => `${markNames[mark] ?? ''}「${mark}」`;

function describe(mark: UnpairedMark): string {
  return mark.kind === 'unclosed' ? `的${named(mark.mark)}没有对应的${named(mark.missing)}` : `的${named(mark.mark)}前面没有对应的${named(mark.missing)}`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

interface CitedTitle {
  cell: TextCell;
  /** As written in the cell. */
  title: string;
  /** Normalized: the identity of a spelling. */
  spelling: string;
}

/** The titles a text cites with their normalized spellings (memoized per text: bases repeat). */
function readTitles(text: string): Array<{ title: string; spelling: string }> {
  return citedTitles(text).map((title) => ({ title, spelling: normalizeTitle(title) }));
}

function collectCitations(context: ReviewContext): CitedTitle[] {
  return markedTextCells(context).flatMap((cell) => context.memo(readTitles, cell.text).map(({ title, spelling }) => ({ cell, title, spelling })));
}

function citationsOf(context: ReviewContext): CitedTitle[] {
  return context.derive(collectCitations);
}

const maxEvidence = 10;

function evidenceOf(citations: readonly CitedTitle[]): Evidence[] {
  return citations.slice(0, maxEvidence).map((citation) => ({ location: cellLocation(citation.cell), text: `${cellLabel(citation.cell)}：${citation.cell.text}` }));
}

/** Spellings of one group, most cited first (ties: first cited first), with their citations. */
function bySpelling(citations: readonly CitedTitle[]): Array<{ spelling: string; citations: CitedTitle[] }> {
  const groups = new Map<string, CitedTitle[]>();
  for (const citation of citations) groups.set(citation.spelling, [...(groups.get(citation.spelling) ?? []), citation]);
  return [...groups.entries()].map(([spelling, cited]) => ({ spelling, citations: cited })).sort((a, b) => b.citations.length - a.citations.length);
}

export const citationYears = defineRule({
  id: 'consistency.citation-years',
  family: 'consistency',
  title: '同一文件的年份写法不一',
  explanation: '同一份文件（规划、办法、通知）在不同地方写成不同的年份，审核人无法确认依据的是哪一份；文件名称应与正式印发的一字不差。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    const byKey = new Map<string, CitedTitle[]>();
    for (const citation of citationsOf(context)) {
      if (!/\d/.test(citation.spelling)) continue;
      const key = yearlessKey(citation.spelling);
      byKey.set(key, [...(byKey.get(key) ?? []), citation]);
    }
    return [...byKey.values()].flatMap((citations) => yearVariantFindings(citations));
  },
});

/**
 * One finding per project that cites a spelling other than the most cited one, at its first such
 * cell; the evidence lists that project's other cells to fix, then the places of the other spellings.
 */
function yearVariantFindings(citations: readonly CitedTitle[]): RuleFinding[] {
  const spellings = bySpelling(citations);
  if (spellings.length < 2) return [];
  const reference = spellings[0] as (typeof spellings)[number];
  const deviating = citations.filter((citation) => citation.spelling !== reference.spelling);
  const summary = spellings.map((entry) => `《${entry.citations[0]?.title.trim()}》（${entry.citations.length}处）`).join('、');
  const byProject = new Map<number | null, CitedTitle[]>();
  for (const citation of deviating) byProject.set(citation.cell.projectIndex, [...(byProject.get(citation.cell.projectIndex) ?? []), citation]);
  return [...byProject.values()].map((own): RuleFinding => {
    const first = own[0] as CitedTitle;
    return {
      location: cellLocation(first.cell),
      message: `同一文件在本单位文件中有${spellings.length}种写法：${summary}。${cellLabel(first.cell)}写作《${first.title.trim()}》${own.length > 1 ? `，本项目另有${own.length - 1}处写法与多数不同` : ''}。`,
      suggestion: `核对文件正式印发的名称和年份（多数写作《${reference.citations[0]?.title.trim()}》），全文统一写法。`,
      evidence: evidenceOf([...own.slice(1), ...citations.filter((citation) => !own.includes(citation))]),
    };
  });
}

export const citationNames = defineRule({
  id: 'consistency.citation-names',
  family: 'consistency',
  title: '同一文件的名称写法不一',
  explanation: '同一份文件在不同地方写成简称或漏字的名称（如“干部档案工作条例”与《干部人事档案工作条例》），依据就不够严谨；引用文件应使用正式名称。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    const citations = citationsOf(context);
    const spellings = [...new Set(citations.map((citation) => citation.spelling))];
    return spellings.flatMap((short) => {
      const full = spellings.find((long) => isShortenedName(short, long));
      if (full === undefined) return [];
      const fullCitations = citations.filter((citation) => citation.spelling === full);
      const fullTitle = (fullCitations[0] as CitedTitle).title.trim();
      return groupByProjectAndText(citations.filter((citation) => citation.spelling === short)).map((group): RuleFinding => {
        const first = group[0] as CitedTitle;
        return {
          location: cellLocation(first.cell),
          message: `${cellLabel(first.cell)}引用的“${first.title.trim()}”与本单位其他地方引用的《${fullTitle}》疑为同一文件，名称不一致。`,
          suggestion: `核对文件的正式名称（如《${fullTitle}》），全文统一写法。`,
          evidence: evidenceOf([...group.slice(1), ...fullCitations]),
        };
      });
    });
  },
});

/**
 * `short` reads as a shortened `long`: a subsequence of it with the same kind of document (the last two
 * characters, 条例, 办法 …), at least four characters, missing at most a third of `long`.
 */
function isShortenedName(short: string, long: string): boolean {
  if (short === long || short.length < 4 || short.length >= long.length) return false;
  if (short.slice(-2) !== long.slice(-2) || yearlessKey(short) === yearlessKey(long)) return false;
  return long.length - short.length <= Math.max(2, Math.floor(long.length / 3)) && isSubsequence(short, long);
}
