import { lazy, Suspense, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Popconfirm from 'antd/es/popconfirm';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { decisionsApi, type DecisionIssue, type DecisionVersion } from './api';
import { DiffPanel } from './DiffPanel';
import { EvaluatePanel } from './EvaluatePanel';
import type { DecisionTableEditorHandle } from './editor/DecisionTableEditor';

const DecisionTableEditor = lazy(() => import('./editor/DecisionTableEditor'));

/** Examples of the variables a business rule task hands the table, for the evaluate box. */
const examples: Record<string, string> = {
  reviewRouting: '{\n  "applicationType": "NewEnrollment",\n  "regionCode": "6501"\n}',
};

/** One decision: its versions (publish, compare), its table in dmn-js (deploy a new version) and a try-out box. */
export default function DecisionPage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editor = useRef<DecisionTableEditorHandle>(null);
  const versions = useQuery({ queryKey: ['decisions', key, 'versions'], queryFn: () => decisionsApi.versions(key) });
  const [chosen, setChosen] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<DecisionIssue[]>([]);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);

  const list = versions.data ?? [];
  const published = list.find((v) => v.isPublished);
  const shown = chosen ?? published?.version ?? list[0]?.version;
  const xml = useQuery({
    queryKey: ['decisions', key, 'xml', shown],
    queryFn: () => decisionsApi.xml(key, shown!),
    enabled: shown !== undefined,
    staleTime: Infinity,
  });

  const failed = (e: unknown) => void message.error(e instanceof ApiError ? problemDetail(t, i18n.language, e) : t('error.network'));
  const publish = useMutation({
    mutationFn: (version: number) => decisionsApi.publish(key, version),
    onSuccess: (_, version) => {
      void message.success(t('decisions.publishedMessage', { version }));
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
    onError: failed,
  });
  const deploy = useMutation({
    mutationFn: async (andPublish: boolean) => decisionsApi.deploy(await editor.current!.saveXml(), andPublish),
    onSuccess: (outcome) => {
      if ('issues' in outcome) {
        setIssues(outcome.issues);
        void message.error(t('decisions.deployRejected', { count: outcome.issues.length }));
        return;
      }
      setIssues([]);
      setDirty(false);
      const mine = outcome.deployed.find((d) => d.key === key) ?? outcome.deployed[0];
      void message.success(
        mine.created ? t('decisions.deployedMessage', { version: mine.version }) : t('decisions.unchangedMessage', { version: mine.version }),
      );
      setChosen(mine.version);
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    },
    onError: failed,
  });

  const columns: ColumnsType<DecisionVersion> = [
    {
      title: t('decisions.columns.version'),
      dataIndex: 'version',
      width: 130,
      render: (v: number, row) => (
        <Space>
          <Typography.Text strong>v{v}</Typography.Text>
          {row.isPublished && (
            <Tag color="green" data-testid={`decision-version-published-${v}`}>
              {t('decisions.publishedTag')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('decisions.columns.deployedAt'), dataIndex: 'deployedAt', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('decisions.columns.deployedBy'), dataIndex: 'deployedBy', width: 120, render: (v?: string | null) => (v && v !== 'system' ? v : t('decisions.system')) },
    {
      title: t('decisions.columns.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={4} wrap onClick={(e) => e.stopPropagation()}>
          <Button size="small" onClick={() => setChosen(row.version)} disabled={row.version === shown} data-testid={`decision-version-open-${row.version}`}>
            {t('decisions.openVersion')}
          </Button>
          {!row.isPublished && (
            <Popconfirm
              title={t('decisions.publishConfirmTitle', { version: row.version })}
              description={t('decisions.publishConfirmText')}
              okText={t('decisions.publish')}
              cancelText={t('decisions.cancel')}
              onConfirm={() => publish.mutateAsync(row.version)}
              okButtonProps={{ 'data-testid': 'decision-publish-confirm' }}
            >
              <Button size="small" type="primary" ghost data-testid={`decision-version-publish-${row.version}`}>
                {t('decisions.publish')}
              </Button>
            </Popconfirm>
          )}
          {row.version > 1 && (
            <Button size="small" onClick={() => setCompare({ from: row.version - 1, to: row.version })} data-testid={`decision-version-diff-${row.version}`}>
              {t('decisions.diffPrevious')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const name = list[0]?.name;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/decisions">{t('decisions.title')}</Link> }, { title: key }]} />
      <Card
        title={
          <Space>
            <span>{name ? localizeName(name, i18n.language) : key}</span>
            <Typography.Text type="secondary" code>
              {key}
            </Typography.Text>
          </Space>
        }
      >
        {versions.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={versions.error instanceof ApiError && versions.error.status === 404 ? t('decisions.notFound', { key }) : t('decisions.loadFailed')}
          />
        )}
        <Table rowKey="version" size="small" columns={columns} dataSource={list} loading={versions.isPending} pagination={list.length > 5 ? { pageSize: 5 } : false} data-testid="decision-versions" />
      </Card>
      {compare && <DiffPanel decisionKey={key} from={compare.from} to={compare.to} />}
      {shown !== undefined && (
        <Card
          title={
            <Space>
              <span>{t('decisions.editor.title', { version: shown })}</span>
              {dirty && <Tag color="orange">{t('decisions.editor.unsaved')}</Tag>}
            </Space>
          }
          extra={
            <Space>
              <Button onClick={() => deploy.mutate(false)} loading={deploy.isPending && deploy.variables === false} data-testid="decision-deploy">
                {t('decisions.editor.deploy')}
              </Button>
              <Button type="primary" onClick={() => deploy.mutate(true)} loading={deploy.isPending && deploy.variables === true} data-testid="decision-deploy-publish">
                {t('decisions.editor.deployAndPublish')}
              </Button>
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('decisions.editor.hint')}</Typography.Paragraph>
          {issues.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('decisions.deployRejected', { count: issues.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="decision-issues">
                  {issues.map((issue, i) => (
                    <li key={i}>
                      <Typography.Text code>{issue.elementId || issue.elementType}</Typography.Text> {issue.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          {xml.error ? (
            <Alert type="error" showIcon message={t('decisions.loadFailed')} />
          ) : xml.data ? (
            <Suspense fallback={<Spin />}>
              <DecisionTableEditor key={`${shown}`} ref={editor} xml={xml.data} decisionId={key} onChange={() => setDirty(true)} />
            </Suspense>
          ) : (
            <Spin />
          )}
        </Card>
      )}
      <EvaluatePanel decisionKey={key} version={published?.version} example={examples[key] ?? '{}'} />
    </Space>
  );
}
