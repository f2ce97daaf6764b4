import Empty from 'antd/es/empty';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../api';
import { elementTypeName, issueTitleKey } from './issues';
import { translator } from '../../../bpmn/translate';

/** unchecked → checking → valid | invalid; an edit after a check makes it stale until the next answer. */
export type ValidationState = 'unchecked' | 'checking' | 'valid' | 'invalid' | 'stale' | 'failed';

interface Props {
  issues: readonly Issue[];
  state: ValidationState;
  selected: string | null;
  onSelect: (issue: Issue) => void;
}

/** The list under the diagram, like an IDE's problems view: a click selects and reveals the element. */
export function ProblemsPanel({ issues, state, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const translate = translator(() => i18n.language);
  const statusColor = { valid: 'success', invalid: 'error', failed: 'warning', checking: 'processing', stale: 'default', unchecked: 'default' }[state];
  const status = {
    unchecked: t('definitions.problems.unchecked'),
    checking: t('definitions.problems.checking'),
    valid: t('definitions.problems.valid'),
    invalid: t('definitions.problems.count', { count: issues.length }),
    stale: t('definitions.problems.stale'),
    failed: t('definitions.problems.failed'),
  }[state];

  return (
    <section className="si-problems" data-testid="problems-panel" aria-label={t('definitions.problems.title')}>
      <header className="si-problems-header">
        <Typography.Text strong>{t('definitions.problems.title')}</Typography.Text>
        <Tag color={statusColor} data-testid="validation-status" data-state={state}>
          {status}
        </Tag>
      </header>
      {issues.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={state === 'valid' ? t('definitions.problems.none') : t('definitions.problems.hint')}
          className="si-problems-empty"
        />
      ) : (
        <ul className="si-problems-list">
          {issues.map((issue, index) => {
            const titleKey = issueTitleKey(issue.code);
            return (
              <li key={`${issue.elementId}-${issue.code}-${index}`}>
                <button
                  type="button"
                  className={`si-problem-row${selected === issue.elementId ? ' si-problem-row-selected' : ''}`}
                  onClick={() => onSelect(issue)}
                  data-testid="problem-row"
                  data-element-id={issue.elementId}
                  data-code={issue.code}
                  title={t('definitions.problems.reveal')}
                >
                  <Tag color="red">{titleKey ? t(titleKey) : t('definitions.problems.other')}</Tag>
                  <code className="si-problem-element">{issue.elementId || '—'}</code>
                  <span className="si-problem-type">{translate(elementTypeName(issue.elementType))}</span>
                  <span className="si-problem-message">{issue.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
