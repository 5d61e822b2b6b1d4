/** What every cell of the target table needs: whether it may be edited, its findings, the highlighted cell, the savers. */
import { createContext, useContext } from 'react';
import type { IndicatorRecordJson } from '../../api/projects';
import type { StoredFindingJson } from '../../api/review';
import type { IndicatorField } from './cells';

export interface TableEditing {
  editable: boolean;
  findingsOf: (cell: string) => StoredFindingJson[];
  highlightedCell: string | null;
  saveIndicator: (indicator: IndicatorRecordJson, field: IndicatorField, value: string) => Promise<boolean>;
  /** `name`, `purpose`, `goals`, `budget.total|fiscal|other`, `spendingPlan[i]`. */
  saveProject: (field: string, value: string) => Promise<boolean>;
  moveIndicator: (indicatorId: string, direction: -1 | 1) => void;
  deleteIndicator: (indicator: IndicatorRecordJson) => void;
}

export const TableEditingContext = createContext<TableEditing | null>(null);

export function useTableEditing(): TableEditing {
  const editing = useContext(TableEditingContext);
  if (!editing) throw new Error('useTableEditing outside <TableEditingContext>');
  return editing;
}
