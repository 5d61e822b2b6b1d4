/**
 * The savers behind the target table: indicator fields (PATCH with the version read, 409 → a conflict to
 * resolve), project fields, moving and deleting indicators. Failures other than conflicts show the server's
 * Chinese message.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import type { UpdateProjectRequest } from '../../../../src/contract/projects';
import { ApiError, messageOf } from '../../api/client';
import { useDeleteIndicator, useReorderIndicators, useUpdateIndicator, useUpdateProject, type IndicatorRecordJson, type ProjectDetailJson } from '../../api/projects';
import type { IndicatorField } from './cells';
import { indicatorConflictOf, type IndicatorChanges, type IndicatorConflict } from './conflicts';

/** A project field's new text as the PATCH body wants it. */
function projectChange(project: ProjectDetailJson, field: string, value: string): Omit<UpdateProjectRequest, 'expectedVersion'> {
  if (field === 'name') return { name: value };
  if (field === 'purpose') return { purpose: value };
  if (field === 'goals') return { goals: value.split('\n').map((line) => line.trim()).filter(Boolean) };
  const budget = { total: String(project.budget.total), fiscal: String(project.budget.fiscal), other: String(project.budget.other) };
  const budgetField = /^budget\.(total|fiscal|other)$/.exec(field)?.[1];
  if (budgetField === 'total' || budgetField === 'fiscal' || budgetField === 'other') return { budget: { ...budget, [budgetField]: value.trim() } };
  const index = Number(/^spendingPlan\[(\d+)\]$/.exec(field)?.[1] ?? -1);
  return { spendingPlan: project.spendingPlan.map((checkpoint, at) => ({ checkpoint: checkpoint.checkpoint, raw: at === index ? value.trim() : checkpoint.raw })) };
}

export function useTableSavers(project: ProjectDetailJson) {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [conflict, setConflict] = useState<IndicatorConflict | null>(null);
  const updateIndicator = useUpdateIndicator(project.id);
  const updateProject = useUpdateProject(project.id);
  const reorder = useReorderIndicators(project.id);
  const remove = useDeleteIndicator(project.id);
  // After a refusal the table may be behind the server (someone else saved or deleted, or the status changed): read it again.
  const fail = (title: string) => (error: unknown) => {
    void modal.error({ title, content: messageOf(error) });
    if (error instanceof ApiError && (error.status === 409 || error.status === 404)) void client.invalidateQueries({ queryKey: ['project', project.id] });
  };

  /** Sends the changes; a conflict opens the side-by-side choice, any other failure says why. */
  const sendIndicator = async (indicator: IndicatorRecordJson, changes: IndicatorChanges, expectedVersion: number): Promise<'saved' | 'conflict' | 'failed'> => {
    try {
      await updateIndicator.mutateAsync({ id: indicator.id, expectedVersion, ...changes });
      setConflict(null);
      return 'saved';
    } catch (error) {
      const found = indicatorConflictOf(error, indicator, changes);
      if (found) setConflict(found);
      else fail('没有保存')(error);
      return found ? 'conflict' : 'failed';
    }
  };

  // The cell closes on a conflict too: the choice between the versions is made in the conflict dialog.
  const saveIndicator = async (indicator: IndicatorRecordJson, field: IndicatorField, value: string) =>
    (await sendIndicator(indicator, { [field]: value }, indicator.version)) !== 'failed';

  const keepTheirs = () => {
    setConflict(null);
    void client.invalidateQueries({ queryKey: ['project', project.id] });
  };

  const saveProject = async (field: string, value: string): Promise<boolean> => {
    try {
      await updateProject.mutateAsync({ expectedVersion: project.version, ...projectChange(project, field, value) });
      return true;
    } catch (error) {
      fail('没有保存')(error);
      return false;
    }
  };

  const moveIndicator = (indicatorId: string, direction: -1 | 1) => {
    const ids = project.indicators.map((indicator) => indicator.id);
    const from = ids.indexOf(indicatorId);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] ?? '', ids[from] ?? ''];
    reorder.mutate({ expectedVersion: project.version, indicatorIds: ids }, { onError: fail('没有调整顺序') });
  };

  const deleteIndicator = (indicator: IndicatorRecordJson) =>
    remove.mutate({ id: indicator.id, expectedVersion: indicator.version }, { onSuccess: () => void message.success(`已删除指标“${indicator.name}”。`), onError: fail('没有删除') });

  return { saveIndicator, saveProject, moveIndicator, deleteIndicator, conflict, keepTheirs, sendIndicator, saving: updateIndicator.isPending };
}
