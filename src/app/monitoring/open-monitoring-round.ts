/**
 * A finance reviewer (or an admin) opens a monitoring round: a year, a cut-off date, and the units of one
 * division asked to report (all of the division's units with targets for the year, unless named). Audited as
 * `monitoring_round.open`.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/access/actor';
import { authorize, reaches } from '../../core/access/policy';
import type { FieldProblem } from '../../core/edit/field-problems';
import { DomainError } from '../../core/errors';
import { parseIsoDate } from '../../core/iso-date';
import { validateRound } from '../../core/monitoring';
import type { Orm } from '../../db/database';
import { findCandidateUnits, findRound, insertRound, listDivisionUnitsWithYear, type CandidateUnit, type RoundRecord } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';

export interface RoundRequest {
  year: number;
  cutOff: string;
  title?: string;
  divisionCode?: string;
  unitIds?: string[];
}

const refuse = (problems: FieldProblem[]) =>
  new DomainError('validation_failed', `监控批次未开启：${problems.map((problem) => problem.message).join('；')}`, { fields: problems });

/** The division of the round: named, else the reviewer's own, else the one the named units share. */
function divisionOf(actor: Actor, request: RoundRequest, named: readonly CandidateUnit[]): string {
  const division = request.divisionCode ?? actor.divisionCode ?? named[0]?.divisionCode ?? null;
  if (division === null) throw refuse([{ path: 'divisionCode', message: '请填写财政区划，或选择参加的单位' }]);
  if (!reaches(actor, { unitId: null, divisionCode: division })) throw new DomainError('not_found', `没有找到区划“${division}”。`);
  return division;
}

/** The units named by id, each known, of the division and with targets for the year; or the problems at `unitIds.<i>`. */
function checkNamedUnits(unitIds: readonly string[], named: readonly CandidateUnit[], division: string, year: number): FieldProblem[] {
  return unitIds.flatMap((id, index) => {
    const unit = named.find((candidate) => candidate.id === id);
    const path = `unitIds.${index}`;
    if (!unit || unit.divisionCode !== division) return [{ path, message: `第${index + 1}个单位没有找到，或不属于区划${division}` }];
    if (!unit.hasUnitYear) return [{ path, message: `单位${unit.code}没有${year}年度的绩效目标` }];
    return [];
  });
}

async function unitsOfRound(tx: Orm, actor: Actor, request: RoundRequest): Promise<{ division: string; units: CandidateUnit[] }> {
  const named = request.unitIds ? await findCandidateUnits(tx, request.unitIds, request.year) : [];
  const division = divisionOf(actor, request, named);
  if (request.unitIds) {
    const problems = checkNamedUnits(request.unitIds, named, division, request.year);
    if (problems.length > 0) throw refuse(problems);
    return { division, units: request.unitIds.flatMap((id) => named.filter((unit) => unit.id === id)) };
  }
  const units = await listDivisionUnitsWithYear(tx, division, request.year);
  if (units.length === 0) throw refuse([{ path: 'divisionCode', message: `区划${division}没有单位录入${request.year}年度的绩效目标` }]);
  return { division, units };
}

/** The round's findings from core (date in the year, units not repeated) as field problems. */
function roundProblems(request: RoundRequest, units: readonly CandidateUnit[]): FieldProblem[] {
  const findings = validateRound({ year: request.year, cutOff: request.cutOff, unitCodes: units.map((unit) => unit.code), status: 'open' });
  return findings.map((finding) => ({ path: finding.location.field === 'cutOff' ? 'cutOff' : 'unitIds', message: finding.message.replace(/。$/, '') }));
}

/**
 * Opens the round and answers it.
 * @throws DomainError('validation_failed') a cut-off outside the year, unknown units or units without targets (field paths)
 * @throws DomainError('already_exists') the division already has a round at this cut-off
 * @throws DomainError('not_found') a division out of the caller's reach; 403/401 for roles that may not open rounds
 */
export async function openMonitoringRound(deps: Deps, input: { caller: Caller; round: RoundRequest }): Promise<RoundRecord> {
  const { caller, round: request } = input;
  authorize(caller.actor, 'open_monitoring_round');
  return withAudit(deps, caller, async (tx, record) => {
    const { division, units } = await unitsOfRound(tx, caller.actor, request);
    const problems = roundProblems(request, units);
    if (problems.length > 0) throw refuse(problems);
    const id = randomUUID();
    const month = parseIsoDate(request.cutOff)?.month ?? 12;
    const title = request.title?.trim() || `${request.year}年1—${month}月绩效运行监控`;
    const inserted = await insertRound(tx, { id, year: request.year, cutOff: request.cutOff, title, divisionCode: division, createdBy: caller.actor.userId, at: deps.clock() }, units.map((unit) => unit.id));
    if (!inserted) throw new DomainError('already_exists', `区划${division}已有截止日期为${request.cutOff}的监控批次。`);
    const round = await findRound(tx, id);
    if (!round) throw new Error('an inserted round was not found');
    await record({ action: 'monitoring_round.open', entityType: 'monitoring_round', entityId: id, divisionCode: division, after: { ...round, unitCodes: units.map((unit) => unit.code) } });
    return round;
  });
}
