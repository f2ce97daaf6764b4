import type { BatchDetail } from './api';

/** Asked again every 2 s while the batch is queued or running; a finished batch does not change. */
export const pollInterval = (batch: BatchDetail | undefined) => (batch && (batch.status === 'queued' || batch.status === 'running') ? 2000 : false);

export function batchPercent(batch: Pick<BatchDetail, 'total' | 'migrated' | 'failed' | 'skipped'>): number {
  if (batch.total === 0) return 100;
  return Math.min(100, Math.round(((batch.migrated + batch.failed + batch.skipped) / batch.total) * 100));
}
