/**
 * What a text cites: document titles (《…》, or a basis cell that is itself a regulation's name such as
 * 干部考核条例) and document numbers (文号: 冀财行〔2020〕149号).
 */
import { toHalfWidth } from '../../text';

// A bare name is a citation when it ends like a regulation and is short enough to be only a name.
const regulationEndings = ['条例', '办法', '规定', '规划', '方案', '细则', '意见', '通知', '标准', '规范', '制度', '纲要', '决定', '准则', '规则', '指引', '要点'];
const regulationEnding = new RegExp(`(${regulationEndings.join('|')})$`);
const endingSet = new Set(regulationEndings);
const lastCharacters = new Set(regulationEndings.map((ending) => ending.charCodeAt(1)));

/** Whether the text, spaces aside, ends like the name of a regulation (…条例, …办法). */
export function endsLikeRegulation(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return end >= 2 && lastCharacters.has(text.charCodeAt(end - 1)) && endingSet.has(text.slice(end - 2, end));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}

/** Title marks or a document number's 号 (with endsLikeRegulation: what may cite a document). */
export const citeMarkClass = '[《号]';
const bareNameMaxLength = 30;
const marks = /[《》〈〉（）()【】〔〕[\]“”‘’"'\s]/g;

/** A title reduced for comparison: no spaces, quotes or brackets, half-width digits. */
export function normalizeTitle(title: string): string {
  return toHalfWidth(title).replace(marks, '');
}

/**
 * The titles cited in `text`: the contents of each 《…》 (the innermost title mark pair), or the whole
 * text when it has none and is a short regulation name.
 */
export function citedTitles(text: string): string[] {
  if (!text.includes('《') && !endsLikeRegulation(text)) return [];
  const titles: string[] = [];
  const opened: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '《') opened.push(index);
    else if (text[index] === '》' && opened.length > 0) titles.push(text.slice((opened.pop() as number) + 1, index));
  }
  if (titles.length > 0 || text.includes('《')) return titles.filter((title) => normalizeTitle(title) !== '');
  const bare = normalizeTitle(text);
  return bare.length > 0 && bare.length <= bareNameMaxLength && regulationEnding.test(bare) && !/\d/.test(bare) ? [text.trim()] : [];
}

/** The title with each run of digits replaced by #: titles that differ only in years share it. */
export function yearlessKey(normalizedTitle: string): string {
  return normalizedTitle.replace(/\d+/g, '#');
}

/** Whether `short` can be read out of `long` by dropping characters (干部档案工作条例 ⊂ 干部人事档案工作条例). */
export function isSubsequence(short: string, long: string): boolean {
  let position = 0;
  for (const character of long) {
    if (character === short[position]) position += 1;
    if (position === short.length) return true;
  }
  return short.length === 0;
}

export interface DocumentNumber {
  /** As written: 冀财行【2020】149号. */
  text: string;
  /** As the standard writes it: 冀财行〔2020〕149号. */
  standard: string;
}

const documentNumberPattern = /([\p{Script=Han}]{1,8})\s*([〔【[（(［])\s*(\d{4})\s*([〕】\]）)］])\s*(\d+)\s*号/gu;

/** The document numbers (发文字号) written in `text`, in order. */
export function documentNumbers(text: string): DocumentNumber[] {
  if (!text.includes('号')) return [];
  return [...text.matchAll(documentNumberPattern)].map((match) => {
    const [written, issuer = '', , year = '', , serial = ''] = match;
    return { text: written, standard: `${issuer}〔${year}〕${serial}号` };
  });
}
