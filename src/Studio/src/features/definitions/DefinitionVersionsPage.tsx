import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Popconfirm from 'antd/es/popconfirm';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { definitionsApi, type VersionSummary } from './api';
import './DefinitionsPages.css';

const ProcessDiagram = lazy(() => import('../../components/diagram/ProcessDiagram'));

/** The versions of one process: which one is published, publish (or roll back to) another, compare two, edit one. */
export default function DefinitionVersionsPage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: ['definitions', key, 'versions'], queryFn: () => definitionsApi.versions(key) });
  const [previewVersion, setPreviewVersion] = useState<number | null>(null);
  const [compare, setCompare] = useState<{ from?: number; to?: number }>({});

  const list = versions.data ?? [];
  const published = list.find((v) => v.isPublished);
  const shown = previewVersion ?? published?.version ?? list[0]?.version;
  const preview = useQuery({
    queryKey: ['definitions', key, 'xml', shown],
    queryFn: () => definitionsApi.xml(key, shown!),
    enabled: shown !== undefined,
    staleTime: Infinity,
  });

  const publish = useMutation({
    mutationFn: (version: number) => definitionsApi.publish(key, version),
    onSuccess: (_, version) => {
      void message.success(t('definitions.published', { key, version }));
      void queryClient.invalidateQueries({ queryKey: ['definitions'] });
    },
    onError: (e) => void message.error(e instanceof ApiError ? problemDetail(t, i18n.language, e) : t('error.network')),
  });

  const from = compare.from ?? list[1]?.version;
  const to = compare.to ?? list[0]?.version;

  const columns: ColumnsType<VersionSummary> = [
    {
      title: t('definitions.columns.version'),
      dataIndex: 'version',
      width: 120,
      render: (v: number, row) => (
        <Space>
          <Typography.Text strong>v{v}</Typography.Text>
          {row.isPublished && (
            <Tag color="green" data-testid={`version-published-${v}`}>
              {t('definitions.publishedTag')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('definitions.columns.deployedAt'), dataIndex: 'deployedAt', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('definitions.columns.deployedBy'), dataIndex: 'deployedBy', width: 120, render: (v?: string | null) => (v && v !== 'system' ? v : t('definitions.system')) },
    {
      title: t('definitions.columns.source'),
      dataIndex: 'source',
      width: 110,
      render: (v?: string | null) => (v ? <Tag>{v === 'api' ? t('definitions.source.api') : t('definitions.source.file')}</Tag> : null),
    },
    {
      title: t('definitions.columns.publishedAt'),
      dataIndex: 'publishedAt',
      width: 170,
      render: (v?: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '—'),
    },
    {
      title: t('definitions.columns.hash'),
      dataIndex: 'contentHash',
      width: 130,
      render: (v: string) => (
        <Tooltip title={v}>
          <Typography.Text code>{v.slice(0, 10)}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('definitions.columns.actions'),
      key: 'actions',
      width: 420,
      render: (_, row) => (
        <Space size={4} wrap onClick={(e) => e.stopPropagation()}>
          <Button size="small" onClick={() => navigate(`/definitions/${encodeURIComponent(key)}/versions/${row.version}/edit`)} data-testid={`version-edit-${row.version}`}>
            {t('definitions.edit')}
          </Button>
          {!row.isPublished && (
            <Popconfirm
              title={t('definitions.publishConfirmTitle', { version: row.version })}
              description={
                published && row.version < published.version
                  ? t('definitions.rollbackConfirmText', { current: published.version })
                  : t('definitions.publishConfirmText')
              }
              okText={t('definitions.publish')}
              cancelText={t('definitions.common.cancel')}
              onConfirm={() => publish.mutateAsync(row.version)}
              okButtonProps={{ 'data-testid': 'publish-confirm' }}
            >
              <Button size="small" type="primary" ghost data-testid={`version-publish-${row.version}`}>
                {published && row.version < published.version ? t('definitions.rollback') : t('definitions.publish')}
              </Button>
            </Popconfirm>
          )}
          {row.version > 1 && (
            <Button size="small" onClick={() => navigate(`/definitions/${encodeURIComponent(key)}/diff?from=${row.version - 1}&to=${row.version}`)} data-testid={`version-diff-${row.version}`}>
              {t('definitions.diffPrevious')}
            </Button>
          )}
          {row.version > 1 && (
            <Button size="small" onClick={() => navigate(`/migrations?process=${encodeURIComponent(key)}&from=${row.version - 1}&to=${row.version}`)} data-testid={`version-migrate-${row.version}`}>
              {t('migrations.migrateTo')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const name = list[0]?.name;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/definitions">{t('definitions.title')}</Link> }, { title: name ? localizeName(name, i18n.language) : key }]} />
      <Card>
        <div className="si-page-header">
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {name ? localizeName(name, i18n.language) : key}
            </Typography.Title>
            <Typography.Text type="secondary" code>
              {key}
            </Typography.Text>
          </div>
          <Space wrap>
            <span>{t('definitions.compare')}</span>
            <Select
              style={{ width: 100 }}
              value={from}
              onChange={(v) => setCompare((c) => ({ ...c, from: v }))}
              options={list.map((v) => ({ value: v.version, label: `v${v.version}` }))}
              aria-label={t('definitions.compareFrom')}
              data-testid="compare-from"
            />
            <span>→</span>
            <Select
              style={{ width: 100 }}
              value={to}
              onChange={(v) => setCompare((c) => ({ ...c, to: v }))}
              options={list.map((v) => ({ value: v.version, label: `v${v.version}` }))}
              aria-label={t('definitions.compareTo')}
              data-testid="compare-to"
            />
            <Button
              disabled={from === undefined || to === undefined || from === to}
              onClick={() => navigate(`/definitions/${encodeURIComponent(key)}/diff?from=${from}&to=${to}`)}
              data-testid="compare-go"
            >
              {t('definitions.compareGo')}
            </Button>
          </Space>
        </div>
        {versions.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={versions.error instanceof ApiError && versions.error.status === 404 ? t('definitions.notFound', { key }) : t('definitions.loadFailed')}
          />
        )}
        <Table
          rowKey="version"
          columns={columns}
          dataSource={list}
          loading={versions.isPending}
          pagination={list.length > 10 ? { pageSize: 10 } : false}
          onRow={(row) => ({ onClick: () => setPreviewVersion(row.version), style: { cursor: 'pointer' } })}
          rowClassName={(row) => (row.version === shown ? 'si-diff-row-focus' : '')}
          data-testid="versions-table"
          scroll={{ x: 1300 }}
        />
      </Card>
      {shown !== undefined && (
        <Card title={t('definitions.previewTitle', { version: shown })} size="small">
          {preview.error ? (
            <Alert type="error" showIcon message={t('definitions.loadFailed')} />
          ) : preview.data ? (
            <Suspense fallback={<Spin />}>
              <ProcessDiagram xml={preview.data} height={460} />
            </Suspense>
          ) : (
            <Spin />
          )}
        </Card>
      )}
    </Space>
  );
}
