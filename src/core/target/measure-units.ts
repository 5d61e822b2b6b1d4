/**
 * 计量单位 of target values. A unit is kept as written (folded to half width) except for the spellings
 * of percent (%, ％, 百分比 → %) and the bare 万 of money (≤2万 → 万元). Whether a unit is acceptable
 * (百分百 is a typo for %) is the review engine's call, not the parser's: the parser only has to know
 * where the number ends and the unit begins.
 */

/** Units a reader recognizes at once; Chinese numerals count as a quantity only with one of these. */
const knownUnits: ReadonlySet<string> = new Set([
  // people and organizations
  '人', '人次', '万人', '万人次', '名', '位', '户', '家', '所', '处', '村', '个村', '单位',
  // things
  '个', '项', '件', '台', '套', '部', '辆', '座', '栋', '间', '条', '本', '册', '份', '篇', '张', '幅',
  '块', '批', '组', '类', '种', '门', '支', '袋', '箱', '盒', '棵', '株', '头', '只', '把',
  // events and time
  '次', '场', '场次', '期', '班', '轮', '届', '课时', '学时', '小时', '天', '日', '周', '个月', '月', '季度', '年',
  // money, scores and ratios
  '元', '万元', '亿元', '千元', '分', '%', '‰', '百分点', '倍',
  // physical measures
  '米', '千米', '公里', '平方米', '平方公里', '立方米', '亩', '公顷', '吨', '千克', '公斤', '克', '千瓦', '千瓦时', '度',
  '㎡', '㎞', '㎏', 'm', 'km', 'm²', 'm2', 'm³', 'm3', 'kg', 't', 'kW', 'kWh', 'MW', 'h', 'GB', 'TB', 'M', 'Mbps',
]);

const percentSpellings: ReadonlySet<string> = new Set(['%', '百分比']);

// An unknown unit is accepted after an Arabic number when it is a short word (袋, 百分百) without
// characters that only ever belong to surrounding words (左右, 完成, 以前 …).
const shortWord = /^\p{Script=Han}{1,3}$/u;
const wordOnlyChars = /[左右约及或和与完成到至等的了以前后内底末于不每共计达之]/u;

export type Numerals = 'arabic' | 'chinese';

/**
 * The canonical unit for the text written after a number, or null when that text is not a unit.
 * `numerals` says how the number was written: after Chinese numerals only known units count
 * (一流 is a word, 一年 a quantity), and an empty unit does not.
 */
export function canonicalMeasureUnit(written: string, numerals: Numerals): string | null {
  if (written === '') return numerals === 'arabic' ? '' : null;
  if (percentSpellings.has(written)) return '%';
  if (written === '万') return '万元';
  if (knownUnits.has(written)) return written;
  if (written.includes('/')) return isCompositeUnit(written, numerals) ? written : null;
  return numerals === 'arabic' && isPlausibleUnknownUnit(written) ? written : null;
}

/** 次/年, 元/人: both sides are units. */
function isCompositeUnit(written: string, numerals: Numerals): boolean {
  const parts = written.split('/');
  if (parts.length !== 2) return false;
  return parts.every((part) => part !== '' && (knownUnits.has(part) || (numerals === 'arabic' && isPlausibleUnknownUnit(part))));
}

function isPlausibleUnknownUnit(written: string): boolean {
  return shortWord.test(written) && !wordOnlyChars.test(written);
}
