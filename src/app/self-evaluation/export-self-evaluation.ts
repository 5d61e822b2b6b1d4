/**
 * A unit's self-evaluation tables as a file: Word, Excel, or open data (its targets with the self-evaluation
 * fields). Projects without a saved self-evaluation are left out: a blank one would print a score of 0.
 */
import { authorizeRecord } from '../../core/access/policy';
import { exportSelfEvaluationDocx } from '../../core/docx/export-self-evaluation';
import { DomainError } from '../../core/errors';
import { exportOpenDataJson } from '../../core/open-data';
import type { SelfEvaluationTable } from '../../core/self-evaluation/evaluation-table';
import { exportSelfEvaluationXlsx } from '../../core/xlsx/self-evaluation-workbook';
import type { UnitYear } from '../../core/model';
import { listUnitYearEvaluations } from '../../db/self-evaluation.repository';
import { loadUnitYearWithIds } from '../../db/unit-year-ids.repository';
import { findUnitYearHead } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import type { ExportedFile } from '../export-documents';
import { rulePackFor } from '../review/review-targets';
import { tableFile, type TableFormat } from '../table-file';
import { scopeOfTargets } from '../targets/target-scope';
import { scoreStored } from './evaluation-view';

/** The unit year's self-evaluation tables as it stands in the read's snapshot. */
async function tableOf(deps: Deps, caller: Caller, unitYearId: string): Promise<{ table: SelfEvaluationTable; unitYear: UnitYear }> {
  return deps.db.orm.transaction(
    async (tx) => {
      const head = await findUnitYearHead(tx, unitYearId);
      authorizeRecord(caller.actor, 'read_self_evaluation', head, (found) => scopeOfTargets(found.unit, found), '该单位年度');
      const loaded = await loadUnitYearWithIds(tx, head.id);
      if (!loaded) throw new DomainError('not_found', '没有找到该单位年度。');
      const stored = await listUnitYearEvaluations(tx, [head.id]);
      const pack = rulePackFor(loaded.unitYear);
      const projects = loaded.unitYear.projects.flatMap((project, index) => {
        const ids = loaded.projects[index];
        const evaluation = ids && stored.get(ids.id);
        if (!ids || !evaluation) return [];
        const scored = scoreStored(project, ids.indicatorIds, evaluation, pack);
        return [{ project, evaluation: scored.evaluation, goalCompletion: evaluation.goalCompletion, score: scored.score }];
      });
      return { table: { unit: loaded.unitYear.unit, year: loaded.unitYear.year, projects }, unitYear: loaded.unitYear };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * The unit year's self-evaluation tables in `format`, named like 203001-2022-绩效自评表.docx.
 * @throws DomainError('not_found') the unit year is missing or out of reach, or no project has a saved self-evaluation
 */
export async function exportSelfEvaluation(deps: Deps, input: { caller: Caller; unitYearId: string; format: TableFormat }): Promise<ExportedFile> {
  const { table, unitYear } = await tableOf(deps, input.caller, input.unitYearId);
  if (table.projects.length === 0) throw new DomainError('not_found', '该单位年度还没有保存任何项目的绩效自评，没有可导出的自评表。');
  return tableFile(input.format, `${table.unit.code}-${table.year}-绩效自评表`, {
    docx: () => exportSelfEvaluationDocx(table),
    xlsx: () => exportSelfEvaluationXlsx(table),
    openData: () => exportOpenDataJson([unitYear], { selfEvaluation: [table] }),
  });
}
