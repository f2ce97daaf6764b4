import { client } from '../../api/api';

/**
 * Shapes of `POST/GET /api/admin/migrations` (src/Api/Features/Migrations): a dry run that plans how running
 * instances of one version move to another, and the batch that then moves them.
 */

export interface ElementPair {
  source: string;
  target: string;
}

export interface MappedElement {
  source: string;
  sourceName?: string | null;
  sourceKind: string;
  target: string;
  targetName?: string | null;
  targetKind: string;
  /** Proposed by the server (same id); false when the administrator's mapping named it. */
  generated: boolean;
}

export interface PlanElement {
  id: string;
  name?: string | null;
  kind: string;
}

export interface MigrationProblem {
  code: string;
  elementId?: string | null;
  message: string;
  args?: Record<string, unknown>;
}

export interface InstancePlan {
  instanceId: string;
  businessKey?: string | null;
  activeElements: string[];
  canMigrate: boolean;
  problems: MigrationProblem[];
}

export interface DryRun {
  mapping: MappedElement[];
  unmappedSource: PlanElement[];
  unmappedTarget: PlanElement[];
  planProblems: MigrationProblem[];
  instances: InstancePlan[];
  summary: { total: number; migratable: number; blocked: number };
}

export type BatchStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ItemOutcome = 'pending' | 'migrated' | 'failed' | 'skipped';

export interface Batch {
  id: string;
  status: BatchStatus;
  processKey: string;
  sourceVersion: number;
  targetVersion: number;
  total: number;
  migrated: number;
  failed: number;
  skipped: number;
  createdAt: string;
  createdBy?: string | null;
}

export interface BatchItem {
  instanceId: string;
  businessKey?: string | null;
  outcome: ItemOutcome;
  problemCode?: string | null;
  message?: string | null;
  /** The problem's arguments as the engine gave them (element ids, kinds, states). */
  problemArgs?: Record<string, unknown> | null;
}

export interface BatchDetail extends Batch {
  items: BatchItem[];
}

export interface MigrationRequest {
  processKey: string;
  sourceVersion: number;
  targetVersion: number;
  /** null asks the server to propose the mapping (elements with the same id). */
  mapping: ElementPair[] | null;
}

export const batchStatuses: readonly BatchStatus[] = ['queued', 'running', 'completed', 'failed'];
export const itemOutcomes: readonly ItemOutcome[] = ['pending', 'migrated', 'failed', 'skipped'];

export const migrationsApi = {
  dryRun: (request: MigrationRequest) => client.post<DryRun>('/api/admin/migrations', { ...request, dryRun: true }),
  run: (request: MigrationRequest) => client.post<Batch>('/api/admin/migrations', { ...request, dryRun: false }),
  batch: (id: string) => client.get<BatchDetail>(`/api/admin/migrations/${encodeURIComponent(id)}`),
  list: (processKey?: string) => client.get<Batch[]>('/api/admin/migrations', processKey ? { processKey } : undefined),
};
