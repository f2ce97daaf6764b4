import { useState } from 'react';
import Button from 'antd/es/button';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';

/** A JSON value in one line, with objects and arrays expandable to the indented form. */
export function JsonValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (value === null || value === undefined) return <Typography.Text type="secondary">null</Typography.Text>;
  if (typeof value !== 'object') {
    return <Typography.Text code={typeof value !== 'string'}>{typeof value === 'string' ? value : JSON.stringify(value)}</Typography.Text>;
  }
  const compact = JSON.stringify(value);
  if (compact.length <= 60 && !expanded) return <Typography.Text code>{compact}</Typography.Text>;
  return (
    <div>
      {expanded ? (
        <pre className="instance-json">{JSON.stringify(value, null, 2)}</pre>
      ) : (
        <Typography.Text code ellipsis style={{ maxWidth: 420 }}>
          {compact}
        </Typography.Text>
      )}
      <Button type="link" size="small" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
        {expanded ? t('instances.collapse') : t('instances.expand')}
      </Button>
    </div>
  );
}
