import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Result from 'antd/es/result';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { CatalogHeader, CatalogTable } from '../../components/catalog/Catalog';
import { deployedColumns, nameColumn } from '../../components/catalog/columns';
import { ApiError } from '../../api/ApiError';
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
    nameColumn(t('decisions.columns.decision'), i18n.language, (key) => `/decisions/${encodeURIComponent(key)}`, (key) => `decision-link-${key}`),
    { title: t('decisions.columns.latest'), dataIndex: 'latestVersion', width: 110, render: (v: number) => <Tag>v{v}</Tag> },
    {
      title: t('decisions.columns.published'),
      dataIndex: 'publishedVersion',
      width: 130,
      render: (v: number | null | undefined, d) =>
        v ? <Tag color={v === d.latestVersion ? 'green' : 'gold'}>v{v}</Tag> : <Tag>{t('decisions.notPublished')}</Tag>,
    },
    ...deployedColumns<DecisionSummary>({
      deployedAt: t('decisions.columns.deployedAt'),
      deployedBy: t('decisions.columns.deployedBy'),
      system: t('decisions.system'),
    }),
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
      <CatalogHeader title={t('decisions.title')} subtitle={t('decisions.subtitle')}>
        <Button onClick={() => void decisions.refetch()} loading={decisions.isFetching}>
          {t('decisions.refresh')}
        </Button>
      </CatalogHeader>
      <CatalogTable query={decisions} columns={columns} loadFailed={t('decisions.loadFailed')} empty={t('decisions.empty')} testId="decisions-table" />
    </Card>
  );
}
