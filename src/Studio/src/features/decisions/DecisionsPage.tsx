import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { decisionsApi, type DecisionSummary } from './api';

/** Every decision table with its latest and published version: the administrator's entry to the rules. */
export default function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const decisions = useQuery({ queryKey: ['decisions', 'list'], queryFn: decisionsApi.list });
  if (decisions.error instanceof ApiError && decisions.error.status === 403) {
    return <Result status="403" title={t('decisions.forbiddenTitle')} subTitle={t('decisions.forbiddenText')} />;
  }

  const columns: ColumnsType<DecisionSummary> = [
    {
      title: t('decisions.columns.decision'),
      key: 'key',
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Link to={`/decisions/${encodeURIComponent(d.key)}`} data-testid={`decision-link-${d.key}`}>
            {d.name ? localizeName(d.name, i18n.language) : d.key}
          </Link>
          <Typography.Text type="secondary" code>
            {d.key}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('decisions.columns.latest'), dataIndex: 'latestVersion', width: 110, render: (v: number) => <Tag>v{v}</Tag> },
    {
      title: t('decisions.columns.published'),
      dataIndex: 'publishedVersion',
      width: 130,
      render: (v: number | null | undefined, d) =>
        v ? <Tag color={v === d.latestVersion ? 'green' : 'gold'}>v{v}</Tag> : <Tag>{t('decisions.notPublished')}</Tag>,
    },
    { title: t('decisions.columns.deployedAt'), dataIndex: 'deployedAt', width: 180, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: t('decisions.columns.deployedBy'), dataIndex: 'deployedBy', width: 140, render: (v?: string | null) => (v && v !== 'system' ? v : t('decisions.system')) },
    {
      title: t('decisions.columns.actions'),
      key: 'actions',
      width: 140,
      render: (_, d) => (
        <Button size="small" type="primary" onClick={() => navigate(`/decisions/${encodeURIComponent(d.key)}`)} data-testid={`decision-open-${d.key}`}>
          {t('decisions.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <div className="si-page-header" style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('decisions.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('decisions.subtitle')}</Typography.Text>
        </div>
        <Button onClick={() => void decisions.refetch()} loading={decisions.isFetching}>
          {t('decisions.refresh')}
        </Button>
      </div>
      {decisions.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('decisions.loadFailed')}
          description={decisions.error instanceof ApiError ? decisions.error.title : t('error.network')}
        />
      )}
      <Table
        rowKey="key"
        columns={columns}
        dataSource={decisions.data ?? []}
        loading={decisions.isPending}
        pagination={false}
        data-testid="decisions-table"
        locale={{ emptyText: <Empty description={t('decisions.empty')} /> }}
      />
    </Card>
  );
}
