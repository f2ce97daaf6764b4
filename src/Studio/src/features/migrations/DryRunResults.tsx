import { Link } from 'react-router';
import Alert from 'antd/es/alert';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { DryRun, InstancePlan } from './api';
import { migrationProblemText } from './problemText';

/** What a dry run found: problems of the plan itself, then per instance where it waits and whether it can move. */
export interface DryRunResultsProps {
  plan: DryRun;
  sourceName: (id: string) => string;
  caseOf: (instanceId: string, businessKey?: string | null) => string;
  stale: boolean;
  /** The version the instances would move to (the problems' texts name it). */
  targetVersion: number;
}

export function DryRunResults({ plan, sourceName, caseOf, stale, targetVersion }: DryRunResultsProps) {
  const { t, i18n } = useTranslation();
  const problemText = (p: Parameters<typeof migrationProblemText>[2]) => migrationProblemText(t, i18n.language, p, sourceName, { version: targetVersion });

  const columns: ColumnsType<InstancePlan> = [
    {
      title: t('migrations.instances.businessKey'),
      key: 'businessKey',
      render: (_, i) => <Link to={`/instances/${i.instanceId}`}>{caseOf(i.instanceId, i.businessKey)}</Link>,
    },
    {
      title: t('migrations.instances.activeElements'),
      key: 'active',
      render: (_, i) => (i.activeElements.length ? [...new Set(i.activeElements)].map((id) => <Tag key={id}>{sourceName(id)}</Tag>) : '—'),
    },
    {
      title: t('migrations.instances.canMigrate'),
      key: 'canMigrate',
      width: 130,
      render: (_, i) => (
        <Tag color={i.canMigrate ? 'success' : 'error'} data-testid="dry-run-can-migrate" data-can-migrate={String(i.canMigrate)}>
          {i.canMigrate ? t('migrations.instances.yes') : t('migrations.instances.no')}
        </Tag>
      ),
    },
    {
      title: t('migrations.instances.problems'),
      key: 'problems',
      render: (_, i) =>
        i.problems.length ? (
          <ul className="si-mig-problems">
            {i.problems.map((p, n) => (
              <li key={n}>{problemText(p)}</li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="dry-run-results">
      {stale && <Alert type="warning" showIcon title={t('migrations.dryRun.stale')} data-testid="dry-run-stale" />}
      {plan.planProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('migrations.dryRun.planProblems')}
          description={
            <ul className="si-mig-problems">
              {plan.planProblems.map((p, n) => (
                <li key={n}>{problemText(p)}</li>
              ))}
            </ul>
          }
          data-testid="dry-run-plan-problems"
        />
      )}
      <Typography.Text data-testid="dry-run-summary">
        {t('migrations.dryRun.summary', { total: plan.summary.total, migratable: plan.summary.migratable, blocked: plan.summary.blocked })}
      </Typography.Text>
      <Table
        rowKey="instanceId"
        size="small"
        columns={columns}
        dataSource={plan.instances}
        pagination={plan.instances.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t('migrations.dryRun.noInstances') }}
        data-testid="dry-run-table"
      />
    </Space>
  );
}
