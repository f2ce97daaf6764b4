import { Link, useNavigate } from 'react-router';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { localizeName } from '../../api/ApiError';
import type { ReferenceItem, TaskScope, TaskSummary } from '../../api/types';
import { pick } from '../../i18n/language';
import { dueState, regionOf } from './dueState';
import type { SortColumn } from './useInboxUrlState';
import type { useTaskActions } from './useTaskActions';

const outcomeColors = { approve: 'green', reject: 'red', supplement: 'orange' } as const;

export function regionName(region: ReferenceItem | undefined, language: string) {
  if (!region) return undefined;
  return pick(language, region.nameZh, region.nameEn);
}

export const formatTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

interface Options {
  scope: TaskScope;
  sort: SortColumn | undefined;
  order: 'desc' | undefined;
  regionByCode: Map<string, ReferenceItem>;
  now: Date;
  actions: Pick<ReturnType<typeof useTaskActions>, 'claim' | 'unclaim'>;
}

/** The inbox table's columns for a tab; every column but the actions is sorted on the server. */
export function useInboxColumns({ scope, sort, order, regionByCode, now, actions }: Options): ColumnsType<TaskSummary> {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { claim, unclaim } = actions;
  const sortOrder = (column: SortColumn): SortOrder => ((sort ?? 'due') === column ? (order === 'desc' ? 'descend' : 'ascend') : null);
  const sorted = (column: SortColumn) => ({ key: column, sorter: true, sortOrder: sortOrder(column), showSorterTooltip: false });

  const byTab: ColumnsType<TaskSummary> =
    scope === 'done'
      ? [
          {
            title: t('inboxDone.outcome'),
            key: 'outcome',
            render: (_, task) =>
              task.outcome?.decision ? (
                <Tag color={outcomeColors[task.outcome.decision]} data-testid="inbox-outcome">
                  {t(`inboxDone.${task.outcome.decision}`)}
                </Tag>
              ) : (
                '—'
              ),
          },
          { title: t('task.endedAt'), dataIndex: 'endedAt', render: formatTime, ...sorted('ended') },
        ]
      : scope === 'followUp'
        ? [{ title: t('inboxFollowUp.column'), dataIndex: 'followUpAt', render: formatTime, ...sorted('followUp') }]
        : [
            {
              title: t('task.assignee'),
              dataIndex: 'assignee',
              ...sorted('assignee'),
              render: (v: string | null | undefined, task) =>
                task.delegation === 'Pending' ? t('inboxFollowUp.delegatedBy', { assignee: v, owner: task.owner }) : (v ?? '—'),
            },
          ];

  return [
    {
      title: t('task.name'),
      dataIndex: 'name',
      ...sorted('name'),
      render: (name: string, task) => (
        <Link to={`/tasks/${task.id}`} data-testid="inbox-task-link">
          {name ? localizeName(name, i18n.language) : task.elementId}
        </Link>
      ),
    },
    {
      title: t('inboxColumns.caseNumber'),
      ...sorted('case'),
      render: (_, task) => <span data-testid="inbox-case-number">{task.case?.caseNumber ?? task.businessKey ?? '—'}</span>,
    },
    {
      title: t('inboxColumns.applicant'),
      ...sorted('applicant'),
      render: (_, task) => <span data-testid="inbox-applicant">{task.case?.applicantName ?? '—'}</span>,
    },
    {
      title: t('task.process'),
      dataIndex: 'processKey',
      // Long in English ("Flexible-employment pension: new enrollment v1"): cut, with the whole name on hover.
      width: 220,
      ellipsis: true,
      ...sorted('process'),
      render: (key: string, task) =>
        `${t(`process.${key}`, { defaultValue: task.processName ? localizeName(task.processName, i18n.language) : key })} v${task.processVersion}`,
    },
    {
      title: t('task.region'),
      ...sorted('region'),
      render: (_, task) => {
        const code = regionOf(task.candidateGroups);
        return code ? (regionName(regionByCode.get(code), i18n.language) ?? code) : '—';
      },
    },
    { title: t('task.createdAt'), dataIndex: 'createdAt', render: formatTime, ...sorted('created') },
    {
      title: t('task.dueAt'),
      dataIndex: 'dueAt',
      ...sorted('due'),
      render: (due: string | null | undefined, task) => {
        const state = dueState(due, now, task.status !== 'Created');
        return (
          <Space size={4}>
            <span className={`inbox-due-${state}`}>{formatTime(due)}</span>
            {state === 'overdue' && <Tag color="red">{t('due.overdue')}</Tag>}
            {state === 'dueSoon' && <Tag color="orange">{t('due.soon')}</Tag>}
          </Space>
        );
      },
    },
    { title: t('inboxColumns.priority'), dataIndex: 'priority', align: 'right', ...sorted('priority') },
    ...byTab,
    {
      title: t('inbox.actions'),
      key: 'actions',
      // Always in sight, however wide the other columns make the table.
      fixed: 'right',
      render: (_, task) => (
        <Space size={4}>
          {scope === 'available' && (
            <Button size="small" type="primary" loading={claim.isPending && claim.variables === task.id} onClick={() => claim.mutate(task.id)} data-testid="inbox-claim">
              {t('task.claim')}
            </Button>
          )}
          {scope === 'mine' && (
            <Button size="small" loading={unclaim.isPending && unclaim.variables === task.id} onClick={() => unclaim.mutate(task.id)} data-testid="inbox-unclaim">
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
}
