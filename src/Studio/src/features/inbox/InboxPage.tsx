import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType, SorterResult, SortOrder } from 'antd/es/table/interface';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { api } from '../../api/api';
import type { ReferenceItem, TaskScope, TaskSummary } from '../../api/types';
import { dueState, regionOf } from './dueState';
import { duePresets, dueWindow, isDuePreset } from './dueFilter';
import { processKeys } from './processes';
import { useMe } from '../../shell/useMe';
import { inboxApi, looksLikeIdNumber, regionsOfGroups } from './inboxApi';
import { SavedFilters } from './SavedFilters';
import './InboxPage.css';
import { pick } from '../../i18n/language';

const scopes: TaskScope[] = ['mine', 'followUp', 'available', 'done', 'overdue'];
const outcomeColors = { approve: 'green', reject: 'red', supplement: 'orange' } as const;
const refreshEveryMs = 15_000;

export function regionName(region: ReferenceItem | undefined, language: string) {
  if (!region) return undefined;
  return pick(language, region.nameZh, region.nameEn);
}

export default function InboxPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();

  const scope = (scopes.find((s) => s === params.get('scope')) ?? 'mine') as TaskScope;
  const processKey = params.get('process') ?? undefined;
  const regionCode = params.get('region') ?? undefined;
  const duePreset = isDuePreset(params.get('due')) ? (params.get('due') ?? undefined) : undefined;
  const dueFrom = params.get('dueFrom') ?? undefined;
  const dueTo = params.get('dueTo') ?? undefined;
  const { dueAfter, dueBefore } = dueWindow(duePreset, new Date(), dueFrom, dueTo);
  const sort = params.get('sort') ?? undefined;
  const order = params.get('order') === 'desc' ? 'desc' : undefined;
  // A search for an ID number stays in memory: it must not reach the URL (history, shared links, access logs).
  const [idSearch, setIdSearch] = useState<string>();
  const text = idSearch ?? params.get('q') ?? undefined;
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const me = useMe();
  const ownRegions = regionsOfGroups(me.data?.groups);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get('size')) || 20));

  function update(changes: Record<string, string | number | undefined>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(name);
      else next.set(name, String(value));
    }
    setParams(next, { replace: true });
  }

  const tasks = useQuery({
    queryKey: ['tasks', scope, processKey, regionCode, dueAfter, dueBefore, sort, order, text, page, pageSize],
    queryFn: () => api.tasks({ scope, processKey, regionCode, dueAfter, dueBefore, sort, order, text, page, pageSize }),
    placeholderData: keepPreviousData,
    refetchInterval: refreshEveryMs,
  });
  const regions = useQuery({ queryKey: ['reference', 'regions'], queryFn: api.regions, staleTime: Infinity });
  const regionByCode = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, r])), [regions.data]);

  const showError = (e: unknown) => {
    if (e instanceof ApiError) {
      const text = e.status === 409 ? t('inbox.conflict') : e.title;
      void message.error(e.detail ? `${text}: ${problemDetail(t, i18n.language, e, '')}` : text);
    } else void message.error(t('error.network'));
  };
  const afterChange = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });

  const claim = useMutation({
    mutationFn: api.claim,
    onSuccess: () => void message.success(t('inbox.claimed')),
    onError: showError,
    onSettled: afterChange,
  });
  const unclaim = useMutation({
    mutationFn: api.unclaim,
    onSuccess: () => void message.success(t('inbox.unclaimed')),
    onError: showError,
    onSettled: afterChange,
  });

  const claimMany = useMutation({
    mutationFn: inboxApi.claimMany,
    onSuccess: (result) => {
      const failed = result.results.filter((r) => r.outcome !== 'claimed').length;
      if (failed === 0) void message.success(t('inboxBulk.allClaimed', { count: result.claimed }));
      else void message.warning(t('inboxBulk.partly', { claimed: result.claimed, failed }));
      setSelectedIds(result.results.filter((r) => r.outcome !== 'claimed').map((r) => r.taskId));
    },
    onError: showError,
    onSettled: afterChange,
  });

  const search = (value: string) => {
    const trimmed = value.trim();
    if (looksLikeIdNumber(trimmed)) {
      setIdSearch(trimmed);
      update({ q: undefined, page: undefined });
    } else {
      setIdSearch(undefined);
      update({ q: trimmed || undefined, page: undefined });
    }
  };
  const sortOf = (column: string): SortOrder => ((sort ?? 'due') === column ? (order === 'desc' ? 'descend' : 'ascend') : null);
  const sorted = (column: string) => ({ key: column, sorter: true, sortOrder: sortOf(column) });
  const regionOptions = ownRegions.length > 0 ? ownRegions : (regions.data ?? []).map((r) => r.code);

  const now = new Date(tasks.dataUpdatedAt || Date.now());
  const format = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

  const columns: ColumnsType<TaskSummary> = [
    {
      title: t('task.name'),
      dataIndex: 'name',
      ...sorted('name'),
      render: (name: string, task) => <Link to={`/tasks/${task.id}`} data-testid="inbox-task-link">{name ? localizeName(name, i18n.language) : task.elementId}</Link>,
    },
    {
      title: t('inboxCase.column'),
      key: 'case',
      render: (_, task) =>
        task.case ? (
          <div>
            <div data-testid="inbox-case-number">{task.case.caseNumber}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {task.case.applicantName} · {t(`applicationType.${task.case.applicationType}`)}
            </Typography.Text>
          </div>
        ) : (
          (task.businessKey ?? '—')
        ),
    },
    {
      title: t('task.process'),
      dataIndex: 'processKey',
      ...sorted('process'),
      render: (key: string, task) =>
        `${t(`process.${key}`, { defaultValue: task.processName ? localizeName(task.processName, i18n.language) : key })} v${task.processVersion}`,
    },
    {
      title: t('task.region'),
      key: 'region',
      render: (_, task) => {
        const code = regionOf(task.candidateGroups);
        return code ? (regionName(regionByCode.get(code), i18n.language) ?? code) : '—';
      },
    },
    { title: t('task.createdAt'), dataIndex: 'createdAt', render: format, ...sorted('created') },
    {
      title: t('task.dueAt'),
      dataIndex: 'dueAt',
      ...sorted('due'),
      render: (due: string | null | undefined, task) => {
        const state = dueState(due, now, task.status !== 'Created');
        return (
          <Space size={4}>
            <span className={`inbox-due-${state}`}>{format(due)}</span>
            {state === 'overdue' && <Tag color="red">{t('due.overdue')}</Tag>}
            {state === 'dueSoon' && <Tag color="orange">{t('due.soon')}</Tag>}
          </Space>
        );
      },
    },
    ...(scope === 'done'
      ? [
          {
            title: t('inboxDone.outcome'),
            key: 'outcome',
            render: (_: unknown, task: TaskSummary) =>
              task.outcome?.decision ? (
                <Tag color={outcomeColors[task.outcome.decision]} data-testid="inbox-outcome">
                  {t(`inboxDone.${task.outcome.decision}`)}
                </Tag>
              ) : (
                '—'
              ),
          },
          { title: t('task.endedAt'), dataIndex: 'endedAt', render: format, ...sorted('ended') },
        ]
      : scope === 'followUp'
        ? [{ title: t('inboxFollowUp.column'), dataIndex: 'followUpAt', render: format, ...sorted('followUp') }]
        : [
            {
              title: t('task.assignee'),
              dataIndex: 'assignee',
              ...sorted('assignee'),
              render: (v: string | null | undefined, task: TaskSummary) =>
                task.delegation === 'Pending' ? t('inboxFollowUp.delegatedBy', { assignee: v, owner: task.owner }) : (v ?? '—'),
            },
          ]),
    {
      title: t('inbox.actions'),
      key: 'actions',
      render: (_, task) => (
        <Space>
          {scope === 'available' && (
            <Button
              size="small"
              type="primary"
              loading={claim.isPending && claim.variables === task.id}
              onClick={() => claim.mutate(task.id)}
              data-testid="inbox-claim"
            >
              {t('task.claim')}
            </Button>
          )}
          {scope === 'mine' && (
            <Button
              size="small"
              loading={unclaim.isPending && unclaim.variables === task.id}
              onClick={() => unclaim.mutate(task.id)}
              data-testid="inbox-unclaim"
            >
              {t('task.unclaim')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => navigate(`/tasks/${task.id}`)} data-testid="inbox-open">
            {scope === 'done' ? t('task.view') : t('task.open')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Typography.Title level={4}>{t('inbox.title')}</Typography.Title>
      <Tabs
        activeKey={scope}
        onChange={(key) => {
          setSelectedIds([]);
          update({ scope: key, page: undefined, sort: undefined, order: undefined });
        }}
        items={scopes.map((s) => ({ key: s, label: <span data-testid={`inbox-scope-${s}`}>{t(s === 'followUp' || s === 'overdue' ? `inboxScope.${s}` : `inbox.scope.${s}`)}</span> }))}
      />
      <Space className="inbox-filters" wrap>
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('inboxSearch.placeholder')}
          aria-label={t('inboxSearch.placeholder')}
          data-testid="inbox-search"
          defaultValue={text}
          onSearch={search}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('inbox.filterProcess')}
          value={processKey}
          onChange={(value?: string) => update({ process: value, page: undefined })}
          options={processKeys.map((key) => ({ value: key, label: t(`process.${key}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          placeholder={t('inbox.filterRegion')}
          loading={regions.isLoading}
          value={regionCode}
          onChange={(value?: string) => update({ region: value, page: undefined })}
          options={regionOptions.map((code) => ({ value: code, label: regionName(regionByCode.get(code), i18n.language) ?? t('inboxSearch.provinceWide') }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('inboxDue.filter')}
          aria-label={t('inboxDue.filter')}
          data-testid="inbox-due-filter"
          value={duePreset}
          onChange={(value?: string) => update({ due: value, dueFrom: undefined, dueTo: undefined, page: undefined })}
          options={duePresets.map((preset) => ({ value: preset, label: t(`inboxDue.${preset}`) }))}
        />
        {duePreset === 'range' && (
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            aria-label={t('inboxDue.range')}
            data-testid="inbox-due-range"
            value={[dueFrom ? dayjs(dueFrom) : null, dueTo ? dayjs(dueTo) : null]}
            onChange={(dates) =>
              update({ dueFrom: dates?.[0]?.format('YYYY-MM-DD'), dueTo: dates?.[1]?.format('YYYY-MM-DD'), page: undefined })
            }
          />
        )}
        <SavedFilters
          currentQuery={(() => {
            const saved = new URLSearchParams(params);
            saved.delete('q');
            saved.delete('page');
            return saved.toString();
          })()}
          onOpen={(query) => setParams(new URLSearchParams(query), { replace: true })}
        />
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
      </Space>
      <Table<TaskSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        rowSelection={scope === 'available' ? { selectedRowKeys: selectedIds, onChange: (keys) => setSelectedIds(keys.map(String)) } : undefined}
        onChange={(_, __, sorter, extra) => {
          if (extra.action !== 'sort') return;
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TaskSummary>;
          const column = s?.order ? String(s.columnKey ?? '') : undefined;
          update({ sort: column && column !== 'due' ? column : undefined, order: s?.order === 'descend' ? 'desc' : undefined, page: undefined });
        }}
        dataSource={tasks.data?.items ?? []}
        loading={tasks.isLoading}
        onRow={(task) => ({ 'data-testid': 'inbox-row', 'data-business-key': task.businessKey ?? '', 'data-case-number': task.case?.caseNumber ?? '' }) as React.HTMLAttributes<HTMLElement>}
        rowClassName={(task) => `inbox-row-${dueState(task.dueAt, now, task.status !== 'Created')}`}
        locale={{ emptyText: tasks.isError ? t('inbox.loadFailed') : duePreset ? t('inboxDue.empty') : t('inbox.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: tasks.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('inbox.total', { count: total }),
          onChange: (nextPage, nextSize) => update({ page: nextSize !== pageSize ? undefined : nextPage, size: nextSize }),
        }}
      />
    </Card>
  );
}
