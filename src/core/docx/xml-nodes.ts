/**
 * XML text → ordered nodes (fast-xml-parser with preserveOrder), and the few accessors the reader of
 * word/document.xml needs. Entities are decoded here, numeric ones included, in one pass so that
 * "&amp;#20013;" stays the literal text "&#20013;". A DOCTYPE is refused: Word never writes one, and
 * entity declarations are how XML bombs work.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  [key: string]: unknown;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities of a text node or attribute value. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name) return named[name] ?? whole;
    const code = hex ? Number.parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses XML into its top-level nodes; null when it is not well-formed enough to read or declares a DOCTYPE. */
export function parseXml(xml: string): XmlNode[] | null {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) return null;
  try {
    // Validated while parsing: a truncated or hand-damaged part is refused, not half read.
    const parsed: unknown = parser.parse(xml, true);
    return Array.isArray(parsed) ? parsed.filter(isNode) : null;
  } catch {
    return null;
  }
}

/** The element name of a node ("w:p"), "#text" for text, null for anything else. */
export function tagOf(node: XmlNode): string | null {
  for (const key in node) if (key !== ':@') return key;
  return null;
}

/** The child nodes of an element, in document order. */
export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === null ? undefined : node[tag];
  return Array.isArray(children) ? children.filter(isNode) : [];
}

/** The decoded text of a "#text" node, '' for other nodes. */
export function textOf(node: XmlNode): string {
  const text = node['#text'];
  return typeof text === 'string' ? decodeEntities(text) : '';
}

/** An attribute of an element, decoded; undefined when absent. */
export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'];
  const value = isNode(attributes) ? attributes[name] : undefined;
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** The first child element with this name. */
export function childNamed(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === tag);
}

/** The first descendant along a path of element names ("w:tcPr", "w:gridSpan"). */
export function pathOf(node: XmlNode, ...tags: string[]): XmlNode | undefined {
  let current: XmlNode | undefined = node;
  for (const tag of tags) current = current ? childNamed(current, tag) : undefined;
  return current;
}
