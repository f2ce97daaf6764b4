import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Result from 'antd/es/result';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useLeaveGuard } from '../definitions/modeler/useLeaveGuard';
import { emptyFormSchema, formKeyPattern, formsApi, saveProblems, type FormSchema } from './api';
import type { FormEditorHandle } from './editor/FormEditorCanvas';
import './FormEditorPage.css';

const FormEditorCanvas = lazy(() => import('./editor/FormEditorCanvas'));
const FormPreview = lazy(() => import('./editor/FormPreview'));

export default function FormEditorPage() {
  const { key: routeKey } = useParams();
  const isNew = !routeKey;
  const [params, setParams] = useSearchParams();
  const requestedVersion = Number(params.get('version')) || undefined;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const editor = useRef<FormEditorHandle>(null);
  const [dirty, setDirty] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [preview, setPreview] = useState<FormSchema | null>(null);
  const [newKey, setNewKey] = useState('');
  const [askKey, setAskKey] = useState(false);

  const form = useQuery({
    queryKey: ['forms', routeKey, 'schema', requestedVersion ?? 'latest'],
    queryFn: () => formsApi.get(routeKey!, requestedVersion),
    enabled: !isNew,
    staleTime: Infinity,
  });
  const versions = useQuery({ queryKey: ['forms', routeKey, 'versions'], queryFn: () => formsApi.versions(routeKey!), enabled: !isNew });
  const blank = useMemo(() => emptyFormSchema(`form_${Math.random().toString(36).slice(2, 7)}`), []);
  const schema = isNew ? blank : form.data?.schema;

  const { confirmLeave } = useLeaveGuard(dirty, {
    title: t('forms.leaveTitle'),
    text: t('forms.leaveText'),
    ok: t('forms.leaveOk'),
    cancel: t('forms.cancel'),
  });

  const save = useMutation({
    mutationFn: (key: string) => formsApi.save(key, editor.current!.schema()),
    onSuccess: (saved) => {
      setProblems([]);
      setDirty(false);
      setAskKey(false);
      void queryClient.invalidateQueries({ queryKey: ['forms'] });
      void message.success(saved.created ? t('forms.saved', { key: saved.key, version: saved.version }) : t('forms.unchanged', { version: saved.version }));
      if (isNew) navigate(`/forms/${encodeURIComponent(saved.key)}`, { replace: true });
      else setParams({}, { replace: true });
    },
    onError: (e) => {
      setAskKey(false);
      if (e instanceof ApiError && e.status === 400) {
        setProblems(saveProblems(e, i18n.language));
        void message.error(t('forms.saveRefused'));
      } else if (e instanceof ApiError && e.status === 404) void message.error(t('forms.unavailableTitle'));
      else void message.error(e instanceof ApiError ? e.title : t('error.network'));
    },
  });

  const onChanged = useCallback(() => setDirty(true), []);
  const onImported = useCallback((error?: Error) => setImportError(error ? error.message : null), []);

  function download() {
    const text = JSON.stringify(editor.current!.schema(), null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${routeKey ?? 'form'}.form`;
    a.click();
    URL.revokeObjectURL(url);
  }

  const notFound = form.error instanceof ApiError && form.error.status === 404;
  const current = form.data?.version;
  const latest = versions.data?.reduce((max, v) => Math.max(max, v.version), 0);

  return (
    <div className="si-form-page" data-testid="form-editor-page">
      <Breadcrumb items={[{ title: <Link to="/forms">{t('forms.title')}</Link> }, { title: routeKey ?? t('forms.newForm') }]} />
      <div className="si-form-titlebar">
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {routeKey ?? t('forms.newForm')}
          </Typography.Title>
          {current !== undefined && <Tag>{t('forms.editingVersion', { version: current })}</Tag>}
          {current !== undefined && latest !== undefined && current < latest && <Tag color="gold">{t('forms.olderVersion', { latest })}</Tag>}
          {dirty && (
            <Tag color="orange" data-testid="form-dirty">
              {t('forms.unsaved')}
            </Tag>
          )}
        </Space>
        <Space wrap>
          {!isNew && (versions.data?.length ?? 0) > 1 && (
            <Select
              style={{ width: 140 }}
              value={current}
              aria-label={t('forms.version')}
              onChange={(v) => confirmLeave(() => setParams({ version: String(v) }))}
              options={(versions.data ?? []).map((v) => ({ value: v.version, label: `v${v.version}` }))}
              data-testid="form-version"
            />
          )}
          <Button onClick={() => setPreview(editor.current?.schema() ?? null)} disabled={!schema} data-testid="form-preview-open">
            {t('forms.preview')}
          </Button>
          <Button onClick={download} disabled={!schema} data-testid="form-download">
            {t('forms.download')}
          </Button>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={!schema || !!importError}
            onClick={() => (isNew ? setAskKey(true) : save.mutate(routeKey!))}
            data-testid="form-save"
          >
            {t('forms.save')}
          </Button>
        </Space>
      </div>

      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems([])}
          message={t('forms.saveRefused')}
          description={
            <ul className="si-form-problems" data-testid="form-problems">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {importError && <Alert type="error" showIcon message={t('forms.importFailed')} description={importError} />}

      <div className="si-form-body">
        {notFound ? (
          <Result
            status="404"
            title={t('forms.notFoundTitle')}
            subTitle={t('forms.notFoundText', { key: routeKey })}
            extra={<Button onClick={() => navigate('/forms')}>{t('forms.backToList')}</Button>}
            data-testid="form-not-found"
          />
        ) : form.error ? (
          <Alert type="error" showIcon message={t('forms.loadFailed')} action={<Button onClick={() => void form.refetch()}>{t('forms.retry')}</Button>} />
        ) : !schema ? (
          <div className="si-form-loading">
            <Spin />
          </div>
        ) : (
          <Suspense
            fallback={
              <div className="si-form-loading">
                <Spin />
              </div>
            }
          >
            <FormEditorCanvas ref={editor} schema={schema} onChanged={onChanged} onImported={onImported} />
          </Suspense>
        )}
      </div>

      <Modal open={preview !== null} title={t('forms.previewTitle')} onCancel={() => setPreview(null)} footer={null} width={720} destroyOnHidden>
        <Suspense fallback={<Spin />}>{preview && <FormPreview schema={preview} />}</Suspense>
      </Modal>

      <Modal
        open={askKey}
        title={t('forms.newKeyTitle')}
        okText={t('forms.save')}
        cancelText={t('forms.cancel')}
        onCancel={() => setAskKey(false)}
        onOk={() => save.mutate(newKey.trim())}
        okButtonProps={{ disabled: !formKeyPattern.test(newKey.trim()), 'data-testid': 'form-new-key-ok' }}
        confirmLoading={save.isPending}
      >
        <Typography.Paragraph type="secondary">{t('forms.newKeyHint')}</Typography.Paragraph>
        <Input
          value={newKey}
          onChange={(e) => setNewKey(e.target.value)}
          placeholder="review-application"
          aria-label={t('forms.newKeyLabel')}
          status={newKey && !formKeyPattern.test(newKey.trim()) ? 'error' : undefined}
          data-testid="form-new-key"
        />
      </Modal>
    </div>
  );
}
