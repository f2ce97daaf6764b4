import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Badge from 'antd/es/badge';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Input from 'antd/es/input';
import Segmented from 'antd/es/segmented';
import Spin from 'antd/es/spin';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shell/useMe';
import { instancesApi, type InstanceSummary } from './api';
import { actorLabel, elementLabel, formatTime, processLabel, stateColors, stateFilters, type StateFilter } from './format';
import { HangfireLink } from './HangfireLink';
import { IncidentsTable } from './IncidentsTable';
import { useInstancesUrlState } from './useInstancesUrlState';
import './instances.css';

const refreshEveryMs = 15_000;

/** 流程实例: every instance by state and process, and (second tab) the open incidents across all of them. */
export default function InstancesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const { tab, stateFilter, processKey, text: search, page, pageSize, filter, ...change } = useInstancesUrlState();
  const instances = useQuery({
    queryKey: ['admin-instances', filter],
    queryFn: () => instancesApi.list(filter),
    placeholderData: keepPreviousData,
    refetchInterval: refreshEveryMs,
    enabled: isAdmin && tab === 'instances',
  });
  const incidents = useQuery({ queryKey: ['admin-incidents'], queryFn: instancesApi.incidents, refetchInterval: refreshEveryMs, enabled: isAdmin });
  const definitions = useQuery({ queryKey: ['admin-definitions'], queryFn: instancesApi.definitions, staleTime: 60_000, enabled: isAdmin });

  const columns: ColumnsType<InstanceSummary> = [
    {
      title: t('instances.caseNumber'),
      key: 'case',
      width: 260,
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/instances/${item.id}`} data-testid={`instance-link-${item.id}`}>
            {item.caseNumber ?? item.businessKey ?? item.id}
          </Link>
          {item.caseNumber && item.businessKey && (
            <Typography.Text type="secondary" copyable={{ text: item.businessKey }} style={{ fontSize: 12 }}>
              {item.businessKey}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('instances.process'),
      key: 'process',
      render: (_, item) => `${processLabel(item.processKey, definitions.data, t, i18n.language)} v${item.processVersion}`,
    },
    {
      title: t('instances.state'),
      dataIndex: 'state',
      render: (state: string) => <Tag color={stateColors[state]}>{t(`instanceStatus.${state}`, { defaultValue: state })}</Tag>,
    },
    {
      title: t('instances.currentElements'),
      key: 'current',
      render: (_, item) =>
        item.currentElements.length === 0 ? (
          '—'
        ) : (
          <Space size={[4, 4]} wrap>
            {item.currentElements.map((e) => (
              <Tag key={e.id} title={e.id}>
                {elementLabel(e, i18n.language)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t('instances.openIncidents'),
      dataIndex: 'openIncidents',
      align: 'center',
      render: (count: number) =>
        count > 0 ? (
          <Tooltip title={t('instances.incidentsHint')}>
            <Badge count={count} color="red" data-testid="instance-incident-count" />
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
    { title: t('instances.startedAt'), dataIndex: 'startedAt', render: formatTime },
    { title: t('instances.endedAt'), dataIndex: 'endedAt', render: formatTime },
    { title: t('instances.startedBy'), dataIndex: 'startedBy', render: (v?: string | null) => actorLabel(t, v) },
  ];

  const openIncidents = incidents.data?.length ?? 0;
  if (me.isLoading) return <Spin />;
  if (!isAdmin) return <Alert type="warning" showIcon title={t('instances.forbidden')} />;

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('instances.title')}
        </Typography.Title>
        <HangfireLink />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => change.changeTab(key === 'incidents' ? 'incidents' : 'instances')}
        items={[
          { key: 'instances', label: t('instances.tabInstances') },
          {
            key: 'incidents',
            label: (
              <Space size={6} data-testid="incidents-tab">
                {t('instances.tabIncidents')}
                <Badge count={openIncidents} color="red" showZero={false} />
              </Space>
            ),
          },
        ]}
      />
      {tab === 'incidents' ? (
        <IncidentsTable query={incidents} definitions={definitions.data} />
      ) : (
        <>
          <Space className="instances-filters" wrap>
            <Segmented<StateFilter>
              data-testid="instance-state-filter"
              value={stateFilter}
              onChange={change.changeState}
              options={stateFilters.map((s) => ({
                value: s,
                label: <span data-testid={`instance-state-${s}`}>{t(`instances.filter.${s}`)}</span>,
              }))}
            />
            <Select
              allowClear
              aria-label={t('instances.filterProcess')}
              style={{ width: 220 }}
              placeholder={t('instances.filterProcess')}
              loading={definitions.isLoading}
              value={processKey}
              onChange={(value?: string) => change.changeProcess(value)}
              options={(definitions.data ?? []).map((d) => ({ value: d.key, label: processLabel(d.key, definitions.data, t, i18n.language) }))}
            />
            <Input.Search
              allowClear
              aria-label={t('instances.search')}
              placeholder={t('instances.search')}
              defaultValue={search}
              style={{ width: 300 }}
              onSearch={change.search}
            />
            <Tooltip title={t('instances.autoRefresh')}>
              <Button onClick={() => void instances.refetch()} loading={instances.isFetching}>
                {t('instances.refresh')}
              </Button>
            </Tooltip>
          </Space>
          <Table<InstanceSummary>
            rowKey="id"
            size="middle"
            data-testid="instances-table"
            columns={columns}
            dataSource={instances.data?.items ?? []}
            loading={instances.isLoading}
            rowClassName={(item) => (item.openIncidents > 0 ? 'instances-row-incident' : '')}
            locale={{ emptyText: instances.isError ? t('instances.loadFailed') : t('instances.empty') }}
            scroll={{ x: 1100 }}
            pagination={{
              current: page,
              pageSize,
              total: instances.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('instances.total', { count: total }),
              onChange: change.changePage,
            }}
          />
        </>
      )}
    </Card>
  );
}
