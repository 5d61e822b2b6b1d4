/**
 * Findings of the text importer's readers, said the Word way: the code renamed under docx., the line
 * replaced by the place in Word (location.cell "表3 第5行 第2列（指标值）", and "第N行" in the message
 * by the same place). Project, indicator and field stay as the readers set them.
 */
import type { Finding, Location } from '../finding';
import { renamedCode } from './finding-codes';
import { placeText, type Place } from './text-bridge';

const lineMention = /第(\d+)行/g;

function locationOf(location: Location, place: Place | undefined): Location {
  const { line: _line, cell, ...rest } = location;
  if (!place) return cell === undefined ? rest : { ...rest, cell };
  return { ...rest, cell: cell === undefined || cell === '' ? placeText(place) : `${placeText(place)}（${cell}）` };
}

/** One finding with Word places; lines that are not the bridge's are left as they are. */
export function translateFinding(finding: Finding, places: ReadonlyMap<number, Place>): Finding {
  const line = finding.location.line;
  const place = line === undefined ? undefined : places.get(line);
  const message = finding.message.replace(lineMention, (whole, number: string) => {
    const mentioned = places.get(Number(number));
    return mentioned ? placeText(mentioned) : whole;
  });
  return { ...finding, code: renamedCode(finding.code), location: locationOf(finding.location, place), message };
}

/** All findings in document order (by the bridge's line; those about the whole file first), translated. */
export function translateFindings(findings: readonly Finding[], places: ReadonlyMap<number, Place>): Finding[] {
  return [...findings].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)).map((finding) => translateFinding(finding, places));
}
