import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Badge from 'antd/es/badge';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Modal from 'antd/es/modal';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Switch from 'antd/es/switch';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { definitionsApi, type Deployed, type Issue } from './api';
import { ProblemsPanel, type ValidationState } from './modeler/ProblemsPanel';
import type { BpmnEditorHandle, ElementTemplate } from './modeler/BpmnEditor';
import { newProcessXml } from './modeler/newProcess';
import { useLeaveGuard } from './modeler/useLeaveGuard';
import './DefinitionsPages.css';

const BpmnEditor = lazy(() => import('./modeler/BpmnEditor'));

/** Checking runs on the server; after an edit wait this long for the next one before asking. */
const autoValidateDelayMs = 1200;

export default function ModelerPage() {
  const { key, version } = useParams();
  const isNew = !key;
  const versionNumber = Number(version);
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const editor = useRef<BpmnEditorHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const [dirty, setDirty] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [validation, setValidation] = useState<ValidationState>('unchecked');
  const [simulating, setSimulating] = useState(false);
  const [deployOpen, setDeployOpen] = useState(false);
  const [publishOnDeploy, setPublishOnDeploy] = useState(false);
  const [deployed, setDeployed] = useState<Deployed | null>(null);
  const [uploadedXml, setUploadedXml] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  /** The version the diagram now matches: the opened one, then whatever this page deployed. */
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const changeSeq = useRef(0);
  const autoTimer = useRef<number | undefined>(undefined);

  const source = useQuery({
    queryKey: ['definitions', key, 'xml', versionNumber],
    queryFn: () => definitionsApi.xml(key!, versionNumber),
    enabled: !isNew && Number.isInteger(versionNumber),
    staleTime: Infinity,
  });
  const templates = useQuery({ queryKey: ['element-templates'], queryFn: definitionsApi.elementTemplates, staleTime: 10 * 60_000 });
  const blankXml = useMemo(() => newProcessXml(), []);
  const xml = uploadedXml ?? (isNew ? blankXml : source.data);

  const { confirmLeave } = useLeaveGuard(dirty, {
    title: t('definitions.modeler.leaveTitle'),
    text: t('definitions.modeler.leaveText'),
    ok: t('definitions.modeler.leaveOk'),
    cancel: t('definitions.common.cancel'),
  });

  const validate = useCallback(
    async (manual: boolean) => {
      if (!editor.current) return;
      const seq = changeSeq.current;
      setValidation('checking');
      try {
        const result = await definitionsApi.validate(await editor.current.saveXml());
        if (seq !== changeSeq.current) return; // edited meanwhile: the next check will answer
        setIssues(result.valid ? [] : result.issues);
        setValidation(result.valid ? 'valid' : 'invalid');
        if (manual) {
          if (result.valid) void message.success(t('definitions.modeler.validMessage'));
          else void message.warning(t('definitions.modeler.invalidMessage', { count: result.issues.length }));
        }
      } catch (e) {
        setValidation('failed');
        if (manual) void message.error(e instanceof ApiError ? e.title : t('error.network'));
      }
    },
    [i18n.language, message, t],
  );

  const onChanged = useCallback(() => {
    changeSeq.current++;
    setDirty(true);
    setValidation((v) => (v === 'unchecked' ? v : 'stale'));
    window.clearTimeout(autoTimer.current);
    autoTimer.current = window.setTimeout(() => void validate(false), autoValidateDelayMs);
  }, [validate]);
  useEffect(() => () => window.clearTimeout(autoTimer.current), []);

  // The problems' messages come from the server in the language asked for: a language switch asks again.
  const checkedIn = useRef(i18n.language);
  useEffect(() => {
    if (checkedIn.current === i18n.language) return;
    checkedIn.current = i18n.language;
    if (validation === 'valid' || validation === 'invalid') void validate(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);

  const onImported = useCallback(
    (error?: Error) => {
      setImportError(error ? error.message : null);
      if (!error) void validate(false);
    },
    [validate],
  );

  const deploy = useMutation({
    mutationFn: async (publish: boolean) => definitionsApi.deploy(await editor.current!.saveXml(), publish),
    onSuccess: (result) => {
      setDeployOpen(false);
      if ('issues' in result) {
        setIssues(result.issues);
        setValidation('invalid');
        void message.error(t('definitions.modeler.deployRejected', { count: result.issues.length }));
        return;
      }
      setDirty(false);
      void queryClient.invalidateQueries({ queryKey: ['definitions'] });
      const first = result.deployed[0];
      if (!first.created) void message.info(t('definitions.modeler.unchanged', { version: first.version }));
      setBaseVersion(first.version);
      setDeployed(first);
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.title : t('error.network')),
  });

  const publish = useMutation({
    mutationFn: (d: Deployed) => definitionsApi.publish(d.key, d.version),
    onSuccess: (_, d) => {
      setDeployed({ ...d, published: true });
      void message.success(t('definitions.published', { key: d.key, version: d.version }));
      void queryClient.invalidateQueries({ queryKey: ['definitions'] });
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.title : t('error.network')),
  });

  async function download() {
    if (!editor.current) return;
    const text = await editor.current.saveXml();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${key ?? 'process'}${isNew ? '' : `-v${versionNumber}`}.bpmn`;
    a.click();
    URL.revokeObjectURL(url);
  }

  function upload(file: File) {
    const open = () =>
      void file.text().then((text) => {
        setUploadedXml(text);
        setDirty(true);
        changeSeq.current++;
      });
    if (!dirty) open();
    else
      modal.confirm({
        title: t('definitions.modeler.replaceTitle'),
        content: t('definitions.modeler.replaceText'),
        okText: t('definitions.modeler.replaceOk'),
        cancelText: t('definitions.common.cancel'),
        onOk: open,
      });
  }

  function goToProblem(issue: Issue) {
    if (!editor.current?.select(issue.elementId)) void message.info(t('definitions.problems.notOnDiagram'));
  }

  function toggleSimulation(active: boolean) {
    editor.current?.setSimulation(active);
  }

  const loading = (!isNew && source.isPending && !uploadedXml) || templates.isPending;
  const loadError = (!isNew && source.error) || templates.error;

  const title = isNew ? t('definitions.modeler.newTitle') : key;
  return (
    <div className="si-modeler-page" data-testid="modeler-page">
      <div className="si-modeler-header">
        <Breadcrumb
          items={[
            { title: <Link to="/definitions">{t('definitions.title')}</Link> },
            ...(isNew ? [] : [{ title: <Link to={`/definitions/${encodeURIComponent(key!)}`}>{key}</Link> }]),
            { title: isNew ? t('definitions.modeler.newTitle') : t('definitions.modeler.editing', { version: versionNumber }) },
          ]}
        />
        <div className="si-modeler-titlebar">
          <Space size="middle" wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {(baseVersion ?? (isNew ? null : versionNumber)) !== null && (
              <Tag data-testid="modeler-base-version">{t('definitions.modeler.basedOn', { version: baseVersion ?? versionNumber })}</Tag>
            )}
            {dirty && (
              <Tag color="orange" data-testid="modeler-dirty">
                {t('definitions.modeler.unsaved')}
              </Tag>
            )}
          </Space>
          <Space wrap>
            <Tooltip title={t('definitions.modeler.simulationHint')}>
              <Space size={6}>
                <Switch
                  checked={simulating}
                  onChange={toggleSimulation}
                  disabled={loading || !!importError}
                  aria-label={t('definitions.modeler.simulation')}
                  data-testid="modeler-simulation"
                />
                <span>{t('definitions.modeler.simulation')}</span>
              </Space>
            </Tooltip>
            <Button onClick={() => editor.current?.undo()} disabled={simulating} data-testid="modeler-undo">
              {t('definitions.modeler.undo')}
            </Button>
            <Button onClick={() => editor.current?.redo()} disabled={simulating} data-testid="modeler-redo">
              {t('definitions.modeler.redo')}
            </Button>
            <Button onClick={() => void download()} data-testid="modeler-download">
              {t('definitions.modeler.download')}
            </Button>
            <Button onClick={() => fileInput.current?.click()} data-testid="modeler-upload">
              {t('definitions.modeler.upload')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".bpmn,.xml,application/xml,text/xml"
              className="si-visually-hidden"
              tabIndex={-1}
              data-testid="modeler-upload-input"
              aria-label={t('definitions.modeler.upload')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) upload(file);
              }}
            />
            <Badge count={validation === 'invalid' ? issues.length : 0} size="small">
              <Button onClick={() => void validate(true)} loading={validation === 'checking'} data-testid="modeler-validate">
                {t('definitions.modeler.validate')}
              </Button>
            </Badge>
            <Button type="primary" onClick={() => setDeployOpen(true)} disabled={loading || !!importError || simulating} data-testid="modeler-deploy">
              {t('definitions.modeler.deploy')}
            </Button>
          </Space>
        </div>
      </div>

      {loadError && (
        <Alert
          type="error"
          showIcon
          message={t('definitions.modeler.loadFailed')}
          description={loadError instanceof ApiError ? problemDetail(t, i18n.language, loadError) : String(loadError)}
          action={<Button onClick={() => void (source.refetch(), templates.refetch())}>{t('definitions.common.retry')}</Button>}
        />
      )}
      {importError && <Alert type="error" showIcon message={t('definitions.modeler.importFailed')} description={importError} data-testid="modeler-import-error" />}
      {simulating && <Alert type="info" showIcon banner message={t('definitions.modeler.simulationBanner')} data-testid="modeler-simulation-banner" />}

      <div className="si-modeler-body">
        {loading ? (
          <div className="si-centered">
            <Spin tip={t('definitions.common.loading')}>
              <div style={{ width: 200, height: 80 }} />
            </Spin>
          </div>
        ) : (
          xml !== undefined &&
          !loadError && (
            <Suspense
              fallback={
                <div className="si-centered">
                  <Spin />
                </div>
              }
            >
              <BpmnEditor
                ref={editor}
                xml={xml}
                templates={(templates.data ?? []) as ElementTemplate[]}
                issues={issues}
                onChanged={onChanged}
                onImported={onImported}
                onSimulationChanged={setSimulating}
                onSelectionChanged={setSelected}
              />
            </Suspense>
          )
        )}
      </div>

      <ProblemsPanel issues={issues} state={validation} selected={selected} onSelect={goToProblem} />

      <Modal
        open={deployOpen}
        title={t('definitions.modeler.deployTitle')}
        okText={publishOnDeploy ? t('definitions.modeler.deployAndPublish') : t('definitions.modeler.deploy')}
        cancelText={t('definitions.common.cancel')}
        onOk={() => deploy.mutate(publishOnDeploy)}
        onCancel={() => setDeployOpen(false)}
        confirmLoading={deploy.isPending}
        okButtonProps={{ 'data-testid': 'deploy-confirm' }}
      >
        <Typography.Paragraph>{t('definitions.modeler.deployText')}</Typography.Paragraph>
        {validation === 'invalid' && (
          <Alert type="warning" showIcon message={t('definitions.modeler.deployWithProblems', { count: issues.length })} style={{ marginBottom: 12 }} />
        )}
        <Checkbox checked={publishOnDeploy} onChange={(e) => setPublishOnDeploy(e.target.checked)} data-testid="deploy-publish-checkbox">
          {t('definitions.modeler.publishToo')}
        </Checkbox>
      </Modal>

      <Modal open={deployed !== null} footer={null} onCancel={() => setDeployed(null)} width={560} destroyOnHidden>
        {deployed && (
          <Result
            status="success"
            data-testid="deploy-result"
            title={t('definitions.modeler.deployedTitle', { key: deployed.key, version: deployed.version })}
            subTitle={deployed.published ? t('definitions.modeler.deployedPublished') : t('definitions.modeler.deployedNotPublished')}
            extra={[
              !deployed.published && (
                <Button
                  key="publish"
                  type="primary"
                  loading={publish.isPending}
                  onClick={() => publish.mutate(deployed)}
                  data-testid="deploy-result-publish"
                >
                  {t('definitions.publish')}
                </Button>
              ),
              deployed.version > 1 && (
                <Button
                  key="diff"
                  onClick={() =>
                    confirmLeave(() =>
                      navigate(`/definitions/${encodeURIComponent(deployed.key)}/diff?from=${deployed.version - 1}&to=${deployed.version}`),
                    )
                  }
                  data-testid="deploy-result-diff"
                >
                  {t('definitions.modeler.compareWithPrevious', { version: deployed.version - 1 })}
                </Button>
              ),
              <Button key="versions" onClick={() => confirmLeave(() => navigate(`/definitions/${encodeURIComponent(deployed.key)}`))} data-testid="deploy-result-versions">
                {t('definitions.modeler.toVersions')}
              </Button>,
              <Button key="stay" onClick={() => setDeployed(null)} data-testid="deploy-result-close">
                {t('definitions.modeler.keepEditing')}
              </Button>,
            ]}
          />
        )}
      </Modal>
    </div>
  );
}
