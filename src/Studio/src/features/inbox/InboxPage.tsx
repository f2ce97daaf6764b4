import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Table from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import Tabs from 'antd/es/tabs';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { TaskSummary } from '../../api/types';
import { useMe } from '../../shell/useMe';
import { dueState } from './dueState';
import { regionsOfGroups } from './inboxApi';
import { useInboxColumns } from './inboxColumns';
import { InboxFilters } from './InboxFilters';
import { scopes, type SortColumn, useInboxUrlState } from './useInboxUrlState';
import { useTaskActions } from './useTaskActions';
import './InboxPage.css';

const refreshEveryMs = 15_000;

/** 待办: the reviewer's tasks by tab, filtered, searched and sorted on the server, claimed in place. */
export default function InboxPage() {
  const { t } = useTranslation();
  const state = useInboxUrlState();
  const { scope, processKey, regionCode, dueAfter, dueBefore, sort, order, text, page, pageSize } = state;
  const actions = useTaskActions();
  const { claimMany, selectedIds, setSelectedIds } = actions;
  const me = useMe();
  const ownRegions = regionsOfGroups(me.data?.groups);

  const tasks = useQuery({
    queryKey: ['tasks', scope, processKey, regionCode, dueAfter, dueBefore, sort, order, text, page, pageSize],
    queryFn: () => api.tasks({ scope, processKey, regionCode, dueAfter, dueBefore, sort, order, text, page, pageSize }),
    placeholderData: keepPreviousData,
    refetchInterval: refreshEveryMs,
  });
  const regions = useQuery({ queryKey: ['reference', 'regions'], queryFn: api.regions, staleTime: Infinity });
  const regionByCode = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, r])), [regions.data]);
  const now = new Date(tasks.dataUpdatedAt || Date.now());
  const columns = useInboxColumns({ scope, sort, order, regionByCode, now, actions });

  return (
    <Card>
      <Typography.Title level={4}>{t('inbox.title')}</Typography.Title>
      <Tabs
        activeKey={scope}
        onChange={(key) => {
          setSelectedIds([]);
          state.changeScope(scopes.find((s) => s === key) ?? 'mine');
        }}
        items={scopes.map((s) => ({
          key: s,
          label: <span data-testid={`inbox-scope-${s}`}>{t(s === 'followUp' || s === 'overdue' ? `inboxScope.${s}` : `inbox.scope.${s}`)}</span>,
        }))}
      />
      <InboxFilters
        state={state}
        regionCodes={ownRegions.length > 0 ? ownRegions : (regions.data ?? []).map((r) => r.code)}
        regionByCode={regionByCode}
        regionsLoading={regions.isLoading}
      >
        {scope === 'available' && selectedIds.length > 0 && (
          <Button type="primary" loading={claimMany.isPending} onClick={() => claimMany.mutate(selectedIds)} data-testid="inbox-claim-selected">
            {t('inboxBulk.claim', { count: selectedIds.length })}
          </Button>
        )}
        <Tooltip title={t('inbox.autoRefresh')}>
          <Button onClick={() => void tasks.refetch()} loading={tasks.isFetching}>
            {t('inbox.refresh')}
          </Button>
        </Tooltip>
      </InboxFilters>
      <Table<TaskSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        scroll={{ x: 'max-content' }}
        rowSelection={scope === 'available' ? { selectedRowKeys: selectedIds, onChange: (keys) => setSelectedIds(keys.map(String)) } : undefined}
        onChange={(_, __, sorter, extra) => {
          if (extra.action !== 'sort') return;
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TaskSummary>;
          state.changeSort(s?.order ? (String(s.columnKey) as SortColumn) : undefined, s?.order === 'descend');
        }}
        dataSource={tasks.data?.items ?? []}
        loading={tasks.isLoading}
        onRow={(task) =>
          ({ 'data-testid': 'inbox-row', 'data-business-key': task.businessKey ?? '', 'data-case-number': task.case?.caseNumber ?? '' }) as React.HTMLAttributes<HTMLElement>
        }
        rowClassName={(task) => `inbox-row-${dueState(task.dueAt, now, task.status !== 'Created')}`}
        locale={{ emptyText: tasks.isError ? t('inbox.loadFailed') : state.duePreset ? t('inboxDue.empty') : t('inbox.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: tasks.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('inbox.total', { count: total }),
          onChange: (nextPage, nextSize) => state.update({ page: nextSize !== pageSize ? undefined : nextPage, size: nextSize }),
        }}
      />
    </Card>
  );
}
