import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { CatalogHeader, CatalogTable } from '../../components/catalog/Catalog';
import { deployedColumns, nameColumn } from '../../components/catalog/columns';
import { ApiError } from '../../api/ApiError';
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
    nameColumn(t('definitions.columns.process'), i18n.language, (key) => `/definitions/${encodeURIComponent(key)}`, (key) => `definition-link-${key}`),
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
    ...deployedColumns<DefinitionSummary>({
      deployedAt: t('definitions.columns.deployedAt'),
      deployedBy: t('definitions.columns.deployedBy'),
      system: t('definitions.system'),
    }),
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
      <CatalogHeader title={t('definitions.title')} subtitle={t('definitions.subtitle')}>
        <Space>
          <Button onClick={() => void definitions.refetch()} loading={definitions.isFetching}>
            {t('definitions.common.refresh')}
          </Button>
          <Button type="primary" onClick={() => navigate('/definitions/new')} data-testid="definition-new">
            {t('definitions.newProcess')}
          </Button>
        </Space>
      </CatalogHeader>
      <CatalogTable query={definitions} columns={columns} loadFailed={t('definitions.loadFailed')} empty={t('definitions.empty')} testId="definitions-table" />
    </Card>
  );
}
