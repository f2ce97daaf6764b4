import { Link } from 'react-router';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { DefinitionSummary, IncidentItem } from './api';
import { incidentText } from './incidentText';

type Props = { incident: IncidentItem; definitions?: readonly DefinitionSummary[] };

/**
 * Why the step stopped, in the reader's language, then the script's or job's own error text under its own label (it
 * is the author's words, not the Studio's), and for a mirrored incident the called instance where it is repaired.
 */
export function IncidentCause({ incident, definitions, testIds = true }: Props & { testIds?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = incidentText(t, i18n.language, incident, definitions);
  // The open incident is the one the browser tests read; a resolved one or a journal entry must not be mistaken for it.
  const testId = (name: string) => (testIds ? name : undefined);
  return (
    <div className="instance-incident-cause" data-testid={testId('incident-message')}>
      <Typography.Text data-testid={testId('incident-sentence')}>{text.sentence}</Typography.Text>
      {text.calledInstanceId && (
        <>
          {' '}
          <Link to={`/instances/${text.calledInstanceId}`} data-testid={testId('incident-called-instance')}>
            {t('instances.incident.openCalled')}
          </Link>
        </>
      )}
      {text.detail && (
        <>
          <Typography.Text type="secondary" className="instance-incident-detail-label">
            {t('instances.incident.detail')}
          </Typography.Text>
          <pre className="instance-incident-message" data-testid={testId('incident-detail')}>
            {text.detail}
          </pre>
        </>
      )}
    </div>
  );
}

/** The same, for a table cell: the sentence, and the error text one hover (or focus) away so the list stays scannable. */
export function IncidentCauseCell({ incident, definitions }: Props) {
  const { t, i18n } = useTranslation();
  const text = incidentText(t, i18n.language, incident, definitions);
  return (
    <Typography.Paragraph type="danger" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0, maxWidth: 520 }}>
      <span data-testid="incident-sentence">{text.sentence}</span>
      {text.detail && (
        <>
          {' '}
          <Tooltip title={<pre className="instance-incident-tip">{text.detail}</pre>} trigger={['hover', 'focus']}>
            <Typography.Text type="secondary" underline tabIndex={0} data-testid="incident-detail-hint">
              {t('instances.incident.detail')}
            </Typography.Text>
          </Tooltip>
        </>
      )}
    </Typography.Paragraph>
  );
}
