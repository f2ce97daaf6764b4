import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { instancesApi } from './api';
import { CancelInstanceButton } from './CancelInstanceButton';
import { instanceMarks } from './diagramMarks';
import { actorLabel, elementLabel, formatTime, journalElement, processLabel, stateColors } from './format';
import { HangfireLink } from './HangfireLink';
import { JournalTable } from './JournalTable';
import { useMe } from '../../shell/useMe';
import { VariablesPanel } from './VariablesPanel';
import { WaitStatesPanel } from './WaitStatesPanel';
import { InstanceIncidents } from './InstanceIncidents';
import './instances.css';

const ProcessDiagram = lazy(() => import('../../components/diagram/ProcessDiagram'));
const refreshEveryMs = 10_000;

/** One instance, as an administrator watches and repairs it: diagram, incidents, variables, journal, wait states. */
export default function InstanceDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [selectedElement, setSelectedElement] = useState<string | undefined>();
  const [tab, setTab] = useState('variables');
  const [revealed, setRevealed] = useState(false);
  const me = useMe();
  const isAdmin = me.data?.roles.includes('admin') ?? false;

  const detail = useQuery({
    queryKey: ['admin-instance', id],
    queryFn: () => instancesApi.get(id),
    enabled: isAdmin,
    refetchInterval: (query) => (query.state.data?.instance.state === 'Active' ? refreshEveryMs : false),
  });
  const instance = detail.data?.instance;
  const xml = useQuery({
    queryKey: ['admin-definition-xml', instance?.processKey, instance?.processVersion],
    queryFn: () => instancesApi.definitionXml(instance!.processKey, instance!.processVersion),
    enabled: Boolean(instance),
    staleTime: Infinity,
  });
  const definitions = useQuery({ queryKey: ['admin-definitions'], queryFn: instancesApi.definitions, staleTime: 60_000, enabled: isAdmin });
  // The instance view carries no case number: the list looks it up by business key (an application id), once.
  const businessKey = instance?.businessKey ?? undefined;
  const caseNumber = useQuery({
    queryKey: ['admin-case-number', businessKey],
    queryFn: async () => (await instancesApi.list({ businessKey, page: 1, pageSize: 1 })).items[0]?.caseNumber ?? null,
    enabled: Boolean(businessKey && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(businessKey)),
    staleTime: Infinity,
  });

  // The diagram re-imports when its marks change: keep them stable across refetches that change nothing.
  const marksKey = detail.data ? JSON.stringify(instanceMarks(detail.data.tokens, detail.data.incidents, detail.data.journal)) : '';
  const marks = useMemo(() => (marksKey ? instanceMarks(detail.data!.tokens, detail.data!.incidents, detail.data!.journal) : null), [marksKey]); // eslint-disable-line react-hooks/exhaustive-deps

  if (me.isLoading || detail.isLoading) return <Spin />;
  if (!isAdmin) return <Alert type="warning" showIcon title={t('instances.forbidden')} />;
  if (detail.isError || !detail.data || !instance) {
    const e = detail.error;
    return (
      <Alert
        type="error"
        showIcon
        title={e instanceof ApiError && e.status === 404 ? t('instances.notFound') : e instanceof ApiError ? e.title : t('error.network')}
        action={<Button onClick={() => navigate('/instances')}>{t('instances.back')}</Button>}
      />
    );
  }

  const { variables, incidents, journal } = detail.data;
  const open = incidents.filter((i) => !i.resolvedAt);
  const resolved = incidents.filter((i) => i.resolvedAt);
  const active = instance.state === 'Active';

  function selectElement(elementId: string) {
    setSelectedElement(elementId);
    setTab('journal');
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {caseNumber.data ?? instance.businessKey ?? t('instances.instance')}
            </Typography.Title>
            <Tag color={stateColors[instance.state]} data-testid="instance-state">
              {t(`instanceStatus.${instance.state}`, { defaultValue: instance.state })}
            </Tag>
            {open.length > 0 && (
              <Tag color="red" data-testid="instance-open-incidents">
                {t('instances.openIncidentsCount', { count: open.length })}
              </Tag>
            )}
          </Space>
          <Space wrap>
            <Button onClick={() => void detail.refetch()} loading={detail.isFetching} data-testid="instance-refresh">
              {t('instances.refresh')}
            </Button>
            <HangfireLink />
            {active && <CancelInstanceButton instanceId={instance.id} />}
            <Button onClick={() => navigate('/instances')}>{t('instances.back')}</Button>
          </Space>
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('instances.process')}>
            {processLabel(instance.processKey, definitions.data, t, i18n.language)} v{instance.processVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('instances.businessKey')}>
            {instance.businessKey ? <Typography.Text copyable>{instance.businessKey}</Typography.Text> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('instances.instanceId')}>
            <Typography.Text copyable>{instance.id}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('instances.startedAt')}>{formatTime(instance.startedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('instances.startedBy')}>{actorLabel(t, instance.startedBy)}</Descriptions.Item>
          <Descriptions.Item label={t('instances.endedAt')}>{formatTime(instance.endedAt)}</Descriptions.Item>
          {detail.data.parentInstanceId && (
            <Descriptions.Item label={t('instances.parentInstance')}>
              <Link to={`/instances/${detail.data.parentInstanceId}`} data-testid="instance-parent-link">
                {detail.data.parentInstanceId}
              </Link>
            </Descriptions.Item>
          )}
          {(detail.data.calledInstances?.length ?? 0) > 0 && (
            <Descriptions.Item label={t('instances.calledInstances')}>
              <Space orientation="vertical" size={0}>
                {detail.data.calledInstances!.map((called) => (
                  <Link key={called.instanceId} to={`/instances/${called.instanceId}`} data-testid="instance-called-link">
                    {elementLabel({ id: called.elementId, name: called.elementName }, i18n.language)} → {called.instanceId.slice(0, 8)}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      {(open.length > 0 || resolved.length > 0) && <InstanceIncidents open={open} resolved={resolved} definitions={definitions.data} />}

      <Card
        title={t('instances.diagram')}
        extra={
          <Space size={4} wrap>
            <Tag color="green">{t('instances.legend.completed')}</Tag>
            <Tag color="blue">{t('instances.legend.active')}</Tag>
            <Tag color="red">{t('instances.legend.incident')}</Tag>
            <Typography.Text type="secondary">{t('instances.legend.click')}</Typography.Text>
          </Space>
        }
      >
        {xml.isError ? (
          <Alert type="error" showIcon title={t('instances.diagramFailed')} />
        ) : xml.data && marks ? (
          <Suspense fallback={<Skeleton active />}>
            <ProcessDiagram xml={xml.data} completed={marks.completed} active={marks.active} incidents={marks.incidents} height={380} onElementClick={selectElement} />
          </Suspense>
        ) : (
          <Skeleton active />
        )}
      </Card>

      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          tabBarExtraContent={
            selectedElement ? (
              <Tag closable onClose={() => setSelectedElement(undefined)} color="blue" data-testid="journal-element-filter">
                {t('instances.journal.filteredTo', { element: journalElement(journal.find((j) => j.elementId === selectedElement) ?? { elementId: selectedElement }, i18n.language) })}
              </Tag>
            ) : null
          }
          items={[
            {
              key: 'variables',
              label: t('instances.tabs.variables'),
              children: <VariablesPanel instanceId={instance.id} variables={variables} editable={active} />,
            },
            {
              key: 'journal',
              label: t('instances.tabs.journal'),
              children: (
                <>
                  <Space style={{ marginBottom: 8 }}>
                    <Typography.Text type="secondary">{t('instances.journal.maskedHint')}</Typography.Text>
                    <Button size="small" type="link" onClick={() => setRevealed(!revealed)}>
                      {revealed ? t('instances.journal.hideData') : t('instances.journal.revealData')}
                    </Button>
                  </Space>
                  <JournalTable journal={journal} elementId={selectedElement} revealed={revealed} />
                </>
              ),
            },
            {
              key: 'waitStates',
              label: t('instances.tabs.waitStates'),
              children: <WaitStatesPanel instanceId={instance.id} instanceActive={active} />,
            },
          ]}
        />
      </Card>
      <Typography.Text type="secondary">
        <Link to="/instances?tab=incidents">{t('instances.allIncidentsLink')}</Link>
      </Typography.Text>
    </Space>
  );
}
