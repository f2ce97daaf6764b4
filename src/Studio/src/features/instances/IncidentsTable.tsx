import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Popconfirm from 'antd/es/popconfirm';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { isChinese } from '../../i18n/language';
import { kindLabel } from '../migrations/mapping';
import type { DefinitionSummary, IncidentItem } from './api';
import { elementLabel, formatTime, processLabel } from './format';
import { IncidentCauseCell } from './IncidentCause';
import { useRetry } from './useRetry';

/** Open incidents across every instance, newest first, each retryable in place. */
export function IncidentsTable({ query, definitions }: { query: UseQueryResult<IncidentItem[]>; definitions?: DefinitionSummary[] }) {
  const { t, i18n } = useTranslation();
  const retry = useRetry();

  const columns: ColumnsType<IncidentItem> = [
    {
      title: t('instances.incident.element'),
      key: 'element',
      render: (_, item) => (
        <>
          <Tooltip title={item.elementId}>
            <Typography.Text strong data-testid="incident-element">
              {elementLabel({ id: item.elementId, name: item.elementName }, i18n.language)}
            </Typography.Text>
          </Tooltip>
          <br />
          <Tag>{kindLabel(t, item.elementType, isChinese(i18n.language))}</Tag>
        </>
      ),
    },
    {
      title: t('instances.incident.message'),
      key: 'cause',
      render: (_, item) => <IncidentCauseCell incident={item} definitions={definitions} />,
    },
    { title: t('instances.process'), dataIndex: 'processKey', render: (key: string) => processLabel(key, definitions, t, i18n.language) },
    {
      title: t('instances.instance'),
      dataIndex: 'instanceId',
      render: (id: string) => (
        <Link to={`/instances/${id}`} data-testid={`incident-instance-link-${id}`}>
          {id.slice(0, 8)}…
        </Link>
      ),
    },
    { title: t('instances.incident.createdAt'), dataIndex: 'createdAt', render: formatTime },
    {
      title: t('instances.actions'),
      key: 'actions',
      render: (_, item) => (
        <Popconfirm
          title={t('instances.retryConfirm')}
          onConfirm={() => retry.mutate(item.id)}
          okText={t('instances.retry')}
          okButtonProps={{ ...({ 'data-testid': `incident-list-retry-confirm-${item.id}` } as Record<string, string>) }}
          cancelText={t('instances.cancelAction')}
        >
          <Button size="small" type="primary" loading={retry.isPending && retry.variables === item.id} data-testid={`incident-list-retry-${item.id}`}>
            {t('instances.retry')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Table<IncidentItem>
      rowKey="id"
      size="middle"
      data-testid="incidents-table"
      columns={columns}
      dataSource={query.data ?? []}
      loading={query.isLoading}
      locale={{ emptyText: query.isError ? t('instances.incidentsLoadFailed') : t('instances.noIncidents') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('instances.total', { count: total }) }}
    />
  );
}
