import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Popconfirm from 'antd/es/popconfirm';
import Result from 'antd/es/result';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { definitionsApi } from '../definitions/api';
import { instancesApi } from '../instances/api';
import { migrationsApi, type DryRun, type ElementPair, type PlanElement } from './api';
import { BatchList } from './BatchList';
import { BatchProgress } from './BatchProgress';
import { DryRunResults } from './DryRunResults';
import { MappingPanel } from './MappingPanel';
import { elementName, instanceCounts, mappingOf, namesOf, proposalOf, rowsFromPlan, sameMapping, targetsFromPlan, withTarget, type MappingRow } from './mapping';
import './migrations.css';

/** The plan being worked on: the server's proposal, the administrator's rows, and the last dry run with the mapping it ran. */
interface Work {
  planKey: string;
  rows: MappingRow[];
  proposal: Map<string, string | null>;
  targets: PlanElement[];
  result: DryRun;
  resultMapping: ElementPair[];
}

/**
 * 迁移实例 (instance migration): the administrator picks a process and two of its versions, checks the proposed
 * element mapping on both diagrams, fixes it, runs a dry run, then moves the instances and watches the batch.
 */
export default function MigrationsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const processKey = params.get('process') ?? undefined;
  const batchId = params.get('batch') ?? undefined;
  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) value === undefined ? next.delete(name) : next.set(name, String(value));
      return next;
    });

  const definitions = useQuery({ queryKey: ['definitions', 'list'], queryFn: definitionsApi.list });
  const versions = useQuery({
    queryKey: ['definitions', processKey, 'versions'],
    queryFn: () => definitionsApi.versions(processKey!),
    enabled: Boolean(processKey),
  });
  const numbers = (versions.data ?? []).map((v) => v.version).sort((a, b) => b - a);
  const target = Number(params.get('to')) || numbers[0];
  const source = Number(params.get('from')) || numbers.find((v) => v < (target ?? 0));
  const ready = Boolean(processKey && source && target && source !== target && numbers.includes(source) && numbers.includes(target));
  const planKey = `${processKey}:${source}:${target}`;

  const plan = useQuery({
    queryKey: ['migrations', 'plan', processKey, source, target, i18n.language],
    queryFn: () => migrationsApi.dryRun({ processKey: processKey!, sourceVersion: source!, targetVersion: target!, mapping: null }),
    enabled: ready,
    staleTime: Infinity,
  });
  const xml = (version?: number) => ({
    queryKey: ['definitions', processKey, 'xml', version],
    queryFn: () => definitionsApi.xml(processKey!, version!),
    enabled: ready,
    staleTime: Infinity,
  });
  const sourceXml = useQuery(xml(source));
  const targetXml = useQuery(xml(target));

  const [work, setWork] = useState<Work | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (!plan.data) return;
    const proposed = rowsFromPlan(plan.data);
    setWork((w) => {
      // The same pair asked again (another language): keep the administrator's rows, take the new texts if they still apply.
      if (w?.planKey === planKey) return sameMapping(mappingOf(w.rows), mappingOf(proposed)) ? { ...w, result: plan.data, resultMapping: mappingOf(proposed) } : w;
      return { planKey, rows: proposed, proposal: proposalOf(proposed), targets: targetsFromPlan(plan.data), result: plan.data, resultMapping: mappingOf(proposed) };
    });
  }, [plan.data, planKey]);
  useEffect(() => setSelected(null), [planKey]);
  const current = work?.planKey === planKey ? work : null;
  const mapping = useMemo(() => (current ? mappingOf(current.rows) : []), [current]);
  const stale = current ? !sameMapping(mapping, current.resultMapping) : false;

  const request = () => ({ processKey: processKey!, sourceVersion: source!, targetVersion: target!, mapping });
  // A refused mapping answers field errors per line (an element that does not exist): show those, not the generic title.
  const errorText = (e: unknown) => {
    if (!(e instanceof ApiError)) return t('error.network');
    const fields = Object.values(fieldTexts(t, i18n.language, e)).flat();
    return fields.length ? fields.join('；') : problemDetail(t, i18n.language, e);
  };
  const dryRun = useMutation({
    mutationFn: () => migrationsApi.dryRun(request()),
    onSuccess: (result) => {
      setWork((w) => (w && w.planKey === planKey ? { ...w, result, resultMapping: mapping } : w));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const run = useMutation({
    mutationFn: () => migrationsApi.run(request()),
    onSuccess: (batch) => {
      void message.success(t('migrations.run.started'));
      void queryClient.invalidateQueries({ queryKey: ['migrations', 'list'] });
      update({ batch: batch.id });
    },
  });

  // Applications' instances carry their 案件编号 (case number): people know a case by it, not by its business key.
  const caseList = useQuery({
    queryKey: ['instances', 'caseNumbers', processKey],
    queryFn: () => instancesApi.list({ processKey, page: 1, pageSize: 100 }),
    enabled: Boolean(processKey),
  });
  const caseOf = (instanceId: string, businessKey?: string | null) =>
    caseList.data?.items.find((i) => i.id === instanceId)?.caseNumber || businessKey || t('migrations.instances.noBusinessKey');
  const names = useMemo(() => namesOf(current?.result, current?.rows ?? []), [current]);
  const sourceName = (id: string) => elementName(id, names.source, i18n.language);
  const counts = useMemo(() => instanceCounts(current?.result), [current?.result]);

  if (definitions.error instanceof ApiError && definitions.error.status === 403) {
    return <Result status="403" title={t('migrations.forbiddenTitle')} subTitle={t('migrations.forbiddenText')} data-testid="migrations-forbidden" />;
  }

  const definitionName = (key: string) => {
    const name = definitions.data?.find((d) => d.key === key)?.name;
    return t(`process.${key}`, { defaultValue: name ? localizeName(name, i18n.language) : key });
  };
  const result = current?.result;
  const canRun = Boolean(result && !stale && result.summary.migratable > 0 && result.planProblems.length === 0);
  const versionOptions = (except?: number) => numbers.filter((v) => v !== except).map((v) => ({ value: v, label: `v${v}` }));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="migrations-page">
      <Breadcrumb
        items={[
          { title: <Link to="/definitions">{t('definitions.title')}</Link> },
          ...(processKey ? [{ title: <Link to={`/definitions/${encodeURIComponent(processKey)}`}>{definitionName(processKey)}</Link> }] : []),
          { title: t('migrations.title') },
        ]}
      />
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('migrations.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('migrations.intro')}</Typography.Paragraph>
        <Space wrap size={12}>
          <span>{t('migrations.pick.process')}</span>
          <Select
            style={{ minWidth: 260 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={processKey}
            placeholder={t('migrations.pick.processPlaceholder')}
            loading={definitions.isPending}
            onChange={(key: string) => update({ process: key, from: undefined, to: undefined, batch: undefined })}
            options={(definitions.data ?? []).map((d) => ({ value: d.key, label: definitionName(d.key) }))}
            aria-label={t('migrations.pick.process')}
            data-testid="migration-process"
          />
          <span>{t('migrations.pick.source')}</span>
          <Select
            style={{ width: 100 }}
            value={source}
            disabled={!processKey}
            onChange={(v: number) => update({ from: v, to: target, batch: undefined })}
            options={versionOptions(target)}
            aria-label={t('migrations.pick.source')}
            data-testid="migration-source"
          />
          <span>→</span>
          <span>{t('migrations.pick.target')}</span>
          <Select
            style={{ width: 100 }}
            value={target}
            disabled={!processKey}
            onChange={(v: number) => update({ to: v, from: source, batch: undefined })}
            options={versionOptions(source)}
            aria-label={t('migrations.pick.target')}
            data-testid="migration-target"
          />
        </Space>
        {processKey && versions.data && numbers.length < 2 && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('migrations.pick.oneVersion')} />}
      </Card>

      {plan.isError && <Alert type="error" showIcon title={t('migrations.loadFailed')} description={errorText(plan.error)} data-testid="migration-plan-error" />}
      {ready && !current && plan.isFetching && <Card loading />}

      {current && result && (
        <>
          <Card title={t('migrations.mapping.title')} size="small">
            <MappingPanel
              rows={current.rows}
              targets={current.targets}
              proposal={current.proposal}
              sourceXml={sourceXml.data}
              targetXml={targetXml.data}
              sourceVersion={source!}
              targetVersion={target!}
              counts={counts}
              selected={selected}
              onSelect={setSelected}
              onChange={(from, to) => {
                setSelected(from);
                setWork((w) => (w ? { ...w, rows: withTarget(w.rows, from, to) } : w));
              }}
            />
          </Card>
          <Card
            title={t('migrations.dryRun.title')}
            size="small"
            extra={
              <Space>
                <Button onClick={() => dryRun.mutate()} loading={dryRun.isPending} type={stale ? 'primary' : 'default'} data-testid="migration-dry-run">
                  {t('migrations.dryRun.button')}
                </Button>
                <Popconfirm
                  title={t('migrations.run.confirmTitle')}
                  description={t('migrations.run.confirmText', { count: result.summary.migratable, source, target })}
                  okText={t('migrations.run.button')}
                  cancelText={t('migrations.cancel')}
                  onConfirm={() => run.mutateAsync().catch(() => undefined)}
                  okButtonProps={{ 'data-testid': 'migration-run-confirm' } as Record<string, string>}
                  disabled={!canRun}
                >
                  <Button type={stale ? 'default' : 'primary'} disabled={!canRun} loading={run.isPending} data-testid="migration-run">
                    {t('migrations.run.button')}
                  </Button>
                </Popconfirm>
              </Space>
            }
          >
            {run.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={t('migrations.run.failed')} description={errorText(run.error)} data-testid="migration-run-error" />}
            <DryRunResults plan={result} sourceName={sourceName} caseOf={caseOf} stale={stale} targetVersion={target!} />
          </Card>
        </>
      )}

      {batchId && <BatchProgress key={batchId} batchId={batchId} elementName={sourceName} caseOf={caseOf} onFinished={() => ready && current && dryRun.mutate()} />}
      {processKey && <BatchList processKey={processKey} selected={batchId} onSelect={(id) => update({ batch: id })} />}
    </Space>
  );
}
