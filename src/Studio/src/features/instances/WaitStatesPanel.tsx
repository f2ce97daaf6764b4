import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { localizeName } from '../../api/ApiError';
import type { TaskSummary } from '../../api/types';
import { groupLabel, useRegionName } from '../../i18n/regions';
import { instancesApi, type BookmarkItem } from './api';
import { elementLabel, formatTime } from './format';

/** Open tasks (who holds them, who may claim them) and the bookmarks: timers with their due time, messages, jobs. */
export function WaitStatesPanel({ instanceId, instanceActive }: { instanceId: string; instanceActive: boolean }) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const waitStates = useQuery({ queryKey: ['admin-wait-states', instanceId], queryFn: () => instancesApi.waitStates(instanceId),
    refetchInterval: instanceActive ? 10_000 : false,
  });

  if (waitStates.isError) return <Alert type="error" showIcon title={t('instances.waitStates.loadFailed')} />;

  const taskColumns: ColumnsType<TaskSummary> = [
    { title: t('instances.waitStates.task'), key: 'name', render: (_, task) => (task.name ? localizeName(task.name, i18n.language) : task.elementId) },
    { title: t('instances.waitStates.assignee'), dataIndex: 'assignee', render: (v?: string | null) => v ?? <Typography.Text type="secondary">{t('instances.waitStates.unassigned')}</Typography.Text> },
    {
      title: t('instances.waitStates.candidates'),
      key: 'candidates',
      render: (_, task) =>
        task.candidateGroups.length + task.candidateUsers.length === 0 ? (
          '—'
        ) : (
          <Space size={[4, 4]} wrap>
            {task.candidateGroups.map((g) => (
              <Tag key={`g-${g}`} color="blue" title={g}>
                {groupLabel(t, g, regionName)}
              </Tag>
            ))}
            {task.candidateUsers.map((u) => (
              <Tag key={`u-${u}`}>{u}</Tag>
            ))}
          </Space>
        ),
    },
    { title: t('instances.waitStates.createdAt'), dataIndex: 'createdAt', render: formatTime },
    { title: t('instances.waitStates.dueAt'), dataIndex: 'dueAt', render: formatTime },
  ];

  const bookmarkColumns: ColumnsType<BookmarkItem> = [
    { title: t('instances.waitStates.kind'), dataIndex: 'kind', render: (kind: string) => <Tag>{t(`instances.bookmarkKind.${kind}`, { defaultValue: kind })}</Tag> },
    {
      title: t('instances.journal.element'),
      key: 'element',
      render: (_, b) => <Tooltip title={b.elementId}>{elementLabel({ id: b.elementId, name: b.elementName }, i18n.language)}</Tooltip>,
    },
    {
      title: t('instances.waitStates.detail'),
      key: 'detail',
      render: (_, b) =>
        b.messageName ? (
          <span>
            {b.messageName}
            {b.correlationKey ? <Typography.Text type="secondary"> · {b.correlationKey}</Typography.Text> : null}
          </span>
        ) : b.kind === 'Job' && b.count > 0 ? (
          t('instances.waitStates.failedAttempts', { count: b.count })
        ) : b.kind === 'Timer' && b.count > 0 ? (
          t('instances.waitStates.fired', { count: b.count })
        ) : (
          '—'
        ),
    },
    { title: t('instances.waitStates.dueAt'), dataIndex: 'dueAt', render: formatTime },
    { title: t('instances.waitStates.createdAt'), dataIndex: 'createdAt', render: formatTime },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('instances.waitStates.tasks')}</Typography.Title>
      <Table<TaskSummary>
        rowKey="id"
        size="small"
        data-testid="open-tasks-table"
        loading={waitStates.isLoading}
        columns={taskColumns}
        dataSource={waitStates.data?.tasks ?? []}
        pagination={false}
        locale={{ emptyText: t('instances.waitStates.noTasks') }}
      />
      <Typography.Title level={5}>{t('instances.waitStates.bookmarks')}</Typography.Title>
      <Table<BookmarkItem>
        rowKey="id"
        size="small"
        data-testid="bookmarks-table"
        loading={waitStates.isLoading}
        columns={bookmarkColumns}
        dataSource={waitStates.data?.bookmarks ?? []}
        pagination={false}
        locale={{ emptyText: t('instances.waitStates.noBookmarks') }}
      />
    </Space>
  );
}
