import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Card from 'antd/es/card';
import Progress from 'antd/es/progress';
import Space from 'antd/es/space';
import Statistic from 'antd/es/statistic';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../instances/format';
import { migrationsApi, type BatchItem } from './api';
import { migrationProblemText } from './problemText';
import { batchPercent, pollInterval } from './progress';
import { OutcomeTag, StatusTag } from './StatusTag';

/** One batch's progress: counts, a bar, and each instance's outcome. */
export interface BatchProgressProps {
  batchId: string;
  elementName: (id: string) => string;
  caseOf: (instanceId: string, businessKey?: string | null) => string;
  /** Called once the batch has finished: the instances have moved, so an earlier dry run no longer holds. */
  onFinished?: () => void;
}

export function BatchProgress({ batchId, elementName, caseOf, onFinished }: BatchProgressProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const batch = useQuery({
    queryKey: ['migrations', 'batch', batchId],
    queryFn: () => migrationsApi.batch(batchId),
    refetchInterval: (query) => pollInterval(query.state.data),
  });
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const status = batch.data?.status;
  const finished = status === 'completed' || status === 'failed';
  useEffect(() => {
    // The list shows the batch's counts: refresh it when the batch finishes.
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: ['migrations', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['instances'] });
    onFinishedRef.current?.();
  }, [finished, queryClient]);

  if (batch.isError) return <Alert type="error" showIcon title={t('migrations.loadFailed')} />;
  if (!batch.data) return <Card loading />;
  const b = batch.data;

  const columns: ColumnsType<BatchItem> = [
    {
      title: t('migrations.instances.businessKey'),
      key: 'businessKey',
      render: (_, item) => <Link to={`/instances/${item.instanceId}`}>{caseOf(item.instanceId, item.businessKey)}</Link>,
    },
    { title: t('migrations.progress.outcome'), dataIndex: 'outcome', width: 120, render: (_, item) => <OutcomeTag outcome={item.outcome} /> },
    {
      title: t('migrations.progress.message'),
      key: 'message',
      render: (_, item) =>
        item.problemCode || item.message
          ? migrationProblemText(t, i18n.language, { code: item.problemCode ?? '', message: item.message ?? '', args: item.problemArgs ?? undefined }, elementName)
          : '—',
    },
  ];

  return (
    <Card
      title={t('migrations.progress.title', { source: b.sourceVersion, target: b.targetVersion })}
      extra={<StatusTag status={b.status} />}
      data-testid="migration-progress"
      data-status={b.status}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Progress
          percent={batchPercent(b)}
          status={b.status === 'failed' || b.failed > 0 ? 'exception' : b.status === 'completed' ? 'success' : 'active'}
          data-testid="migration-progress-bar"
        />
        <Space size={48} wrap>
          <Statistic title={t('migrations.progress.total')} value={b.total} />
          <Statistic title={t('migrations.progress.migrated')} value={b.migrated} styles={{ content: { color: '#389e0d' } }} data-testid="migration-migrated" />
          <Statistic title={t('migrations.progress.failed')} value={b.failed} styles={b.failed ? { content: { color: '#cf1322' } } : undefined} />
          <Statistic title={t('migrations.progress.skipped')} value={b.skipped} />
        </Space>
        <Typography.Text type="secondary">
          {t('migrations.progress.startedBy', { time: formatTime(b.createdAt), user: b.createdBy ?? '—' })}
        </Typography.Text>
        <Table rowKey="instanceId" size="small" columns={columns} dataSource={b.items} pagination={b.items.length > 20 ? { pageSize: 20 } : false} data-testid="migration-items" />
      </Space>
    </Card>
  );
}
