import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { BatchStatus, ItemOutcome } from './api';

const colors: Record<string, string> = {
  queued: 'default',
  running: 'processing',
  completed: 'success',
  failed: 'error',
  pending: 'default',
  migrated: 'success',
  skipped: 'warning',
};

export function StatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="migration-status" data-status={status}>
      {t(`migrations.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function OutcomeTag({ outcome }: { outcome: ItemOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[outcome]} data-outcome={outcome}>
      {t(`migrations.outcome.${outcome}`, { defaultValue: outcome })}
    </Tag>
  );
}
