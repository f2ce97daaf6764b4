import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../instances/format';
import { migrationsApi, type Batch } from './api';
import { StatusTag } from './StatusTag';

/** The earlier batches of a process, newest first: a click shows one's progress and outcomes. */
export function BatchList({ processKey, selected, onSelect }: { processKey?: string; selected?: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const batches = useQuery({ queryKey: ['migrations', 'list', processKey ?? ''], queryFn: () => migrationsApi.list(processKey) });

  const columns: ColumnsType<Batch> = [
    { title: t('migrations.batches.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatTime(v) },
    { title: t('migrations.batches.createdBy'), dataIndex: 'createdBy', width: 110, render: (v?: string | null) => v ?? '—' },
    { title: t('migrations.batches.versions'), key: 'versions', width: 110, render: (_, b) => `v${b.sourceVersion} → v${b.targetVersion}` },
    { title: t('migrations.batches.status'), dataIndex: 'status', width: 110, render: (_, b) => <StatusTag status={b.status} /> },
    {
      title: t('migrations.batches.counts'),
      key: 'counts',
      render: (_, b) => t('migrations.batches.countsText', { total: b.total, migrated: b.migrated, failed: b.failed, skipped: b.skipped }),
    },
  ];

  return (
    <Card title={t('migrations.batches.title')} size="small" data-testid="migration-batches">
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={batches.data ?? []}
        loading={batches.isPending}
        pagination={(batches.data?.length ?? 0) > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: batches.isError ? t('migrations.loadFailed') : t('migrations.batches.empty') }}
        onRow={(b) => ({ onClick: () => onSelect(b.id), style: { cursor: 'pointer' }, 'data-testid': `migration-batch-${b.id}` }) as React.HTMLAttributes<HTMLElement>}
        rowClassName={(b) => (b.id === selected ? 'si-mig-row-selected' : '')}
      />
    </Card>
  );
}
