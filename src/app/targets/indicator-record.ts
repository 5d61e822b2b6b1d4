/** An indicator as use cases return it: its texts, the parsed target, position and version. */
import type { Target } from '../../core/target/target';
import type { IndicatorRow } from '../../db/indicator.repository';
import { targetOf } from '../../db/load-unit-year';

export interface IndicatorRecord {
  id: string;
  projectId: string;
  position: number;
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: Target;
  basis: string;
  updatedAt: Date;
  version: number;
}

export function toIndicatorRecord(row: IndicatorRow): IndicatorRecord {
  const { id, projectId, position, level1, level2, name, description, basis, updatedAt, version } = row;
  return { id, projectId, position, level1, level2, name, description, target: targetOf(row), basis, updatedAt, version };
}
