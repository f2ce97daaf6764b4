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
import { definitionsApi, type DefinitionSummary } from './api';
import './DefinitionsPages.css';

/** Every process with its latest and published version: the administrator's entry to the modeler. */
export default function DefinitionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const definitions = useQuery({ queryKey: ['definitions', 'list'], queryFn: definitionsApi.list });
  if (definitions.error instanceof ApiError && definitions.error.status === 403) {
    return <Result status="403" title={t('definitions.forbiddenTitle')} subTitle={t('definitions.forbiddenText')} data-testid="definitions-forbidden" />;
  }

  const columns: ColumnsType<DefinitionSummary> = [
    {
      title: t('definitions.columns.process'),
      key: 'key',
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Link to={`/definitions/${encodeURIComponent(d.key)}`} data-testid={`definition-link-${d.key}`}>
            {d.name ? localizeName(d.name, i18n.language) : d.key}
          </Link>
          <Typography.Text type="secondary" code>
            {d.key}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('definitions.columns.latest'),
      dataIndex: 'latestVersion',
      width: 110,
      render: (v: number) => <Tag>v{v}</Tag>,
    },
    {
      title: t('definitions.columns.published'),
      dataIndex: 'publishedVersion',
      width: 130,
      render: (v: number | null | undefined, d) =>
        v ? (
          <Tag color={v === d.latestVersion ? 'green' : 'gold'} data-testid={`definition-published-${d.key}`}>
            v{v}
          </Tag>
        ) : (
          <Tag>{t('definitions.notPublished')}</Tag>
        ),
    },
    {
      title: t('definitions.columns.deployedAt'),
      dataIndex: 'deployedAt',
      width: 180,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    { title: t('definitions.columns.deployedBy'), dataIndex: 'deployedBy', width: 140, render: (v?: string | null) => (v && v !== 'system' ? v : t('definitions.system')) },
    {
      title: t('definitions.columns.actions'),
      key: 'actions',
      width: 220,
      render: (_, d) => (
        <Space>
          <Button size="small" onClick={() => navigate(`/definitions/${encodeURIComponent(d.key)}`)} data-testid={`definition-versions-${d.key}`}>
            {t('definitions.versions')}
          </Button>
          <Button
            size="small"
            type="primary"
            onClick={() => navigate(`/definitions/${encodeURIComponent(d.key)}/versions/${d.latestVersion}/edit`)}
            data-testid={`definition-edit-${d.key}`}
          >
            {t('definitions.editLatest')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <div className="si-page-header">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('definitions.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('definitions.subtitle')}</Typography.Text>
        </div>
        <Space>
          <Button onClick={() => void definitions.refetch()} loading={definitions.isFetching}>
            {t('definitions.common.refresh')}
          </Button>
          <Button type="primary" onClick={() => navigate('/definitions/new')} data-testid="definition-new">
            {t('definitions.newProcess')}
          </Button>
        </Space>
      </div>
      {definitions.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('definitions.loadFailed')}
          description={definitions.error instanceof ApiError ? definitions.error.title : t('error.network')}
        />
      )}
      <Table
        rowKey="key"
        columns={columns}
        dataSource={definitions.data ?? []}
        loading={definitions.isPending}
        pagination={false}
        data-testid="definitions-table"
        locale={{ emptyText: <Empty description={t('definitions.empty')} /> }}
      />
    </Card>
  );
}
