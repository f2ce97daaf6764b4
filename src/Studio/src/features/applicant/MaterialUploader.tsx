import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import CameraOutlined from '@ant-design/icons/es/icons/CameraOutlined';
import FolderOpenOutlined from '@ant-design/icons/es/icons/FolderOpenOutlined';
import FilePdfOutlined from '@ant-design/icons/es/icons/FilePdfOutlined';
import CheckCircleFilled from '@ant-design/icons/es/icons/CheckCircleFilled';
import { useTranslation } from 'react-i18next';
import { applicantApi } from './api';
import { errorText, formatTime } from './parts';
import { materialFileName } from '../task/materialFiles';
import type { MaterialKind, MaterialView } from './types';
import { checkFileContent, fileAccept, type AcceptedFileType } from './validation';

interface Props {
  applicationId: string;
  kind: MaterialKind;
  uploaded?: MaterialView;
  /** Problems the server reported for this material (e.g. on submit). */
  serverErrors?: string[];
  /** Asked for again by the reviewer: the old file no longer counts. */
  requested?: boolean;
  onUploaded: () => void;
}

/**
 * One material: take a photo (the phone's camera) or choose a file, checked here first (JPEG, PNG or PDF by its
 * first bytes, at most 10 MB) and uploaded at once; a preview of what was chosen; replace it any time before submitting.
 */
export function MaterialUploader({ applicationId, kind, uploaded, serverErrors, requested, onUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ url?: string; type: AcceptedFileType; name: string } | null>(null);

  useEffect(() => () => {
    if (preview?.url) URL.revokeObjectURL(preview.url);
  }, [preview]);

  async function choose(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    const check = await checkFileContent(file);
    if (check.problem) {
      setProblem(t(check.problem.key, check.problem.values));
      return;
    }
    setBusy(true);
    try {
      await applicantApi.upload(applicationId, kind, file);
      setPreview({ type: check.type!, name: file.name, url: check.type === 'application/pdf' ? undefined : URL.createObjectURL(file) });
      onUploaded();
    } catch (e) {
      setProblem(errorText(e, i18n.language, t('applicant.materials.uploadFailed')));
    } finally {
      setBusy(false);
    }
  }

  const done = !!uploaded && !requested;
  const errors = [problem, ...(serverErrors ?? [])].filter(Boolean) as string[];
  const inputProps = {
    type: 'file' as const,
    className: 'm-visually-hidden',
    tabIndex: -1,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      void choose(e.target.files?.[0]);
      e.target.value = '';
    },
  };

  return (
    <section className="m-material" data-testid={`material-${kind}`} data-uploaded={done ? 'true' : 'false'} aria-label={t(`material.${kind}`)}>
      <div className="m-row">
        <Typography.Text strong>{t(`material.${kind}`)}</Typography.Text>
        {done ? (
          <Tag color="success" icon={<CheckCircleFilled />} data-testid={`material-status-${kind}`}>
            {t('applicant.materials.uploaded')}
          </Tag>
        ) : (
          <Tag color={requested ? 'warning' : 'default'} data-testid={`material-status-${kind}`}>
            {requested ? t('applicant.materials.requested') : t('applicant.materials.missing')}
          </Tag>
        )}
      </div>
      <div className="m-material-preview">
        {preview?.url ? (
          <img src={preview.url} alt={t('applicant.materials.previewOf', { name: t(`material.${kind}`) })} />
        ) : preview ? (
          <span>
            <FilePdfOutlined style={{ fontSize: 32, color: '#d9443a' }} /> {preview.name}
          </span>
        ) : uploaded ? (
          <span>
            {materialFileName(uploaded.fileName, kind, t(`material.${kind}`))} · {formatTime(uploaded.attachedAt)}
          </span>
        ) : (
          <span>{t('applicant.materials.hint')}</span>
        )}
      </div>
      {errors.length > 0 && (
        <Typography.Text type="danger" role="alert" data-testid={`material-error-${kind}`}>
          {errors.join('；')}
        </Typography.Text>
      )}
      <div className="m-material-buttons" style={{ marginTop: errors.length ? 8 : 0 }}>
        <Button icon={<CameraOutlined />} loading={busy} onClick={() => camera.current?.click()}>
          {done ? t('applicant.materials.retake') : t('applicant.materials.camera')}
        </Button>
        <Button icon={<FolderOpenOutlined />} loading={busy} onClick={() => picker.current?.click()}>
          {done ? t('applicant.materials.replace') : t('applicant.materials.choose')}
        </Button>
      </div>
      <input {...inputProps} ref={camera} accept="image/*" capture="environment" aria-label={t('applicant.materials.camera')} />
      <input
        {...inputProps}
        ref={picker}
        accept={fileAccept}
        aria-label={`${t(`material.${kind}`)} ${t('applicant.materials.choose')}`}
        data-testid={`material-input-${kind}`}
      />
    </section>
  );
}
