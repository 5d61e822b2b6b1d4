/** An indicator as use cases return it: its texts, the parsed target, position and version. */
import type { Indicator } from '../../core/model';
import type { IndicatorRow } from '../../db/indicator.repository';
import { targetOf } from '../../db/load-unit-year';

export interface IndicatorRecord extends Indicator {
  id: string;
  projectId: string;
  position: number;
  updatedAt: Date;
  version: number;
}

/** The indicator of a stored row in the model's shape (the target parsed again from its cell). */
export function indicatorOfRow(row: IndicatorRow): Indicator {
  const { level1, level2, name, description, basis } = row;
  return { level1, level2, name, description, target: targetOf(row), basis };
}

export function toIndicatorRecord(row: IndicatorRow): IndicatorRecord {
  const { id, projectId, position, updatedAt, version } = row;
  return { id, projectId, position, ...indicatorOfRow(row), updatedAt, version };
}
