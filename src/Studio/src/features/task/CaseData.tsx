import { useState } from 'react';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { useRegionName } from '../../i18n/regions';
import { knownVariables, mask, readableValue, sensitiveVariables } from './caseData';

const known = new Set<string>(knownVariables);

function SensitiveValue({ name, value }: { name: string; value: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Space>
      <span>{shown ? value : mask(value)}</span>
      <Button size="small" type="link" onClick={() => setShown(!shown)} aria-pressed={shown} data-testid={`case-reveal-${name}`}>
        {shown ? t('caseData.hide') : t('caseData.show')}
      </Button>
    </Space>
  );
}

/** The instance's variables as a descriptions list: regions, decisions and materials by name, dates and durations in words, personal data masked. */
export function CaseData({ variables }: { variables: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const entries = Object.entries(variables);
  if (entries.length === 0) return <Empty />;

  function render(name: string, value: unknown) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
    // The API masks personal values for reviewers; only an unmasked value (an administrator's) has anything to reveal.
    if (sensitiveVariables.has(name) && typeof value === 'string')
      return value.includes('*') ? value : <SensitiveValue name={name} value={value} />;
    if (name === 'missingMaterials' && Array.isArray(value))
      return (
        <Space size={4} wrap>
          {value.map((kind) => (
            <Tag key={String(kind)}>{t(`material.${String(kind)}`, { defaultValue: String(kind) })}</Tag>
          ))}
        </Space>
      );
    const readable = readableValue(name, value, t, i18n.language, regionName);
    if (readable !== null) return readable;
    if (typeof value === 'object') return <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 2)}</pre>;
    return String(value);
  }

  return (
    <Descriptions bordered size="small" column={1}>
      {entries.map(([name, value]) => (
        <Descriptions.Item key={name} label={known.has(name) ? t(`variable.${name}`) : name}>
          {render(name, value)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
