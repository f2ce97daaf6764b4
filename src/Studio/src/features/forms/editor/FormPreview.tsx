import { useEffect, useRef, useState } from 'react';
import { Form } from '@bpmn-io/form-js-viewer';
import Alert from 'antd/es/alert';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import type { FormSchema } from '../api';

/** The form as a reviewer will see it; submitting shows the data it would send, and any field errors. */
export default function FormPreview({ schema }: { schema: FormSchema }) {
  const container = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const [result, setResult] = useState<{ data: unknown; errors: Record<string, unknown> } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const form = new Form({ container: container.current });
    let disposed = false;
    form.on('submit', (event: { data: unknown; errors: Record<string, unknown> }) => setResult({ data: event.data, errors: event.errors }));
    form.importSchema(schema).catch((e: Error) => !disposed && setError(e.message));
    return () => {
      disposed = true;
      form.destroy();
    };
  }, [schema]);

  return (
    <div data-testid="form-preview">
      {error && <Alert type="error" showIcon message={t('forms.previewFailed')} description={error} />}
      <div ref={container} />
      {result && (
        <>
          <Typography.Text strong>{Object.keys(result.errors).length ? t('forms.previewInvalid') : t('forms.previewData')}</Typography.Text>
          <pre className="si-form-preview-data">{JSON.stringify(Object.keys(result.errors).length ? result.errors : result.data, null, 2)}</pre>
        </>
      )}
    </div>
  );
}
