import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { readFileSync } from 'node:fs';
import { encodedSeedFiles, fixtureUrl, seedFile, utf8 } from './test-fixtures';

const seedBytes = readFileSync(fixtureUrl(seedFile));
const seedText = seedBytes.toString('utf8');

function gb18030Bytes(text: string): Uint8Array {
  // 中文 in GB18030 is D6 D0 CE C4; the rest of these tests only need ASCII around it.
  const ascii = [...text].map((char) => char.charCodeAt(0));
  return Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, ...ascii]);
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads the seed as UTF-8 and keeps it exactly', () => {
    const decoded = decodeText(seedBytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: seedText, findings: [] });
  });

  it.each(encodedSeedFiles)('reads $file as $encoding into the same text', ({ file, encoding }) => {
    const decoded = decodeText(readFileSync(fixtureUrl(file)));
    expect(decoded.ok && decoded.text === seedText).toBe(true);
    expect(decoded.encoding).toBe(encoding);
  });

  it('reads GB18030/GBK when the bytes are not UTF-8', () => {
    expect(decodeText(gb18030Bytes('\tx\n'))).toMatchObject({ ok: true, encoding: 'gb18030', text: '中文\tx\n' });
  });

  it.each(['le', 'be'] as const)('finds UTF-16%s without a BOM by its zero bytes', (order) => {
    const text = '\t项目编码\n\t130322210TL1EUNN2FE59\n';
    expect(decodeText(utf16(text, order, false))).toMatchObject({ ok: true, encoding: `utf-16${order}`, text });
  });

  it('finds Chinese-only UTF-16 (few zero bytes, all on one side)', () => {
    const text = `${'绩效目标'.repeat(40)}\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n`;
    expect(decodeText(utf16(text, 'le', false))).toMatchObject({ ok: true, encoding: 'utf-16le', text });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toMatchObject({ ok: true, text: 'a\nb\nc\n' });
  });

  it.each([
    ['an empty file', new Uint8Array(0), null],
    ['a whitespace-only file', utf8(' \n\t\r\n\u3000\n'), 'utf-8'],
    ['a UTF-8 BOM alone', Uint8Array.from([0xef, 0xbb, 0xbf]), 'utf-8-bom'],
  ] as const)('refuses %s as empty', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.findings).toEqual([expect.objectContaining({ code: 'import.empty-file', severity: 'error' })]);
  });

  const zip = (name: string): Uint8Array => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array(26).fill(0), ...utf8(name)]);

  it.each([
    ['a .docx', zip('word/document.xml'), '.docx 文件（ZIP）'],
    ['an .xlsx', zip('xl/workbook.xml'), '.xlsx 文件（ZIP）'],
    ['another zip', zip('readme.txt'), 'ZIP 压缩包'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'PNG 图片'],
    ['a PDF', utf8('%PDF-1.7\n1 0 obj'), 'PDF 文件'],
    ['an old .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '.doc/.xls'],
    ['NUL bytes', Uint8Array.from([0x61, 0x00, 0x00, 0x62, 0x00, 0x63, 0x64, 0x00, 0x00, 0x00]), '控制字符或空字节'],
    ['control characters', Uint8Array.from([...utf8('abc'), 1, 2, 3, 4, 5, 6, 7, 8, ...utf8('def')]), '控制字符'],
  ])('refuses %s as binary, saying what it seems to be', (_name, bytes, says) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(decoded.findings).toHaveLength(1);
    expect(decoded.findings[0]).toMatchObject({ code: 'import.binary-file', severity: 'error' });
    expect(decoded.findings[0]?.message).toContain(says);
  });

  it('refuses random bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251 | 0x80);
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(decoded.findings[0]?.code).toBe('import.binary-file');
  });

  it('keeps a GB18030 text with one damaged byte, warning at its line', () => {
    const bytes = Uint8Array.from([...gb18030Bytes('\n'), ...utf8('ok\n'), 0xff, ...Array(400).fill(0x41)]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(decoded.findings).toEqual([expect.objectContaining({ code: 'import.invalid-bytes', severity: 'warning', location: { line: 3 } })]);
  });
});
