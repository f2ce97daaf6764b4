import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Badge from 'antd/es/badge';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Switch from 'antd/es/switch';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { definitionsApi, type Issue } from './api';
import { ProblemsPanel } from './modeler/ProblemsPanel';
import type { BpmnEditorHandle, ElementTemplate } from './modeler/BpmnEditor';
import { DeployDialog } from './modeler/DeployDialog';
import { DeployedDialog } from './modeler/DeployedDialog';
import { newProcessXml } from './modeler/newProcess';
import { useDeployment } from './modeler/useDeployment';
import { useLeaveGuard } from './modeler/useLeaveGuard';
import { useValidation } from './modeler/useValidation';
import './DefinitionsPages.css';

const BpmnEditor = lazy(() => import('./modeler/BpmnEditor'));

/** The process modeler: edit a diagram (a new one, an uploaded file or a deployed version), check it, deploy it. */
export default function ModelerPage() {
  const { key, version } = useParams();
  const isNew = !key;
  const versionNumber = Number(version);
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const editor = useRef<BpmnEditorHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const [dirty, setDirty] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [simulating, setSimulating] = useState(false);
  const [uploadedXml, setUploadedXml] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const { issues, validation, validate, edited, replaced, rejected } = useValidation(editor);
  const deployment = useDeployment(editor, { onRejected: rejected, onDeployed: () => setDirty(false) });

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

  const onChanged = useCallback(() => {
    setDirty(true);
    edited();
  }, [edited]);

  const onImported = useCallback(
    (error?: Error) => {
      setImportError(error ? error.message : null);
      if (!error) void validate(false);
    },
    [validate],
  );

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
        replaced();
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
            {(deployment.baseVersion ?? (isNew ? null : versionNumber)) !== null && (
              <Tag data-testid="modeler-base-version">{t('definitions.modeler.basedOn', { version: deployment.baseVersion ?? versionNumber })}</Tag>
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
            <Button type="primary" onClick={deployment.confirm} disabled={loading || !!importError || simulating} data-testid="modeler-deploy">
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

      <DeployDialog
        open={deployment.confirming}
        problems={validation === 'invalid' ? issues.length : null}
        pending={deployment.pending}
        onDeploy={deployment.deploy}
        onCancel={deployment.cancel}
      />
      <DeployedDialog deployed={deployment.deployed} onChange={deployment.setDeployed} confirmLeave={confirmLeave} />
    </div>
  );
}
