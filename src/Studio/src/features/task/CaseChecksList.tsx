import Alert from 'antd/es/alert';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { CaseView } from './caseApi';
import { isChinese } from '../../i18n/language';

const color = { passed: 'success', failed: 'error', notApplicable: 'default' } as const;
const mark = { passed: '✓', failed: '✗', notApplicable: '–' } as const;

/** The automatic checks as the process recorded them: failed first, so the reviewer sees what needs a look. */
export function CaseChecksList({ checks }: { checks: CaseView['checks'] }) {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.language);
  if (!checks.recorded) {
    return <Alert type="warning" showIcon data-testid="case-checks-none" title={zh ? checks.noteZh : checks.noteEn} />;
  }
  if (checks.items.length === 0) return <Alert type="info" showIcon title={t('caseView.checks.empty')} />;
  const order = { failed: 0, passed: 1, notApplicable: 2 };
  const items = [...checks.items].sort((a, b) => order[a.outcome] - order[b.outcome]);
  const failed = items.filter((i) => i.outcome === 'failed').length;
  return (
    <div data-testid="case-checks">
      <Alert
        type={failed > 0 ? 'error' : 'success'}
        showIcon
        style={{ marginBottom: 8 }}
        title={failed > 0 ? t('caseView.checks.failedCount', { count: failed }) : t('caseView.checks.allPassed')}
      />
      <ul className="si-checklist">
        {items.map((item) => (
          <li key={item.code} data-testid="case-check" data-outcome={item.outcome}>
            <Tag color={color[item.outcome]} aria-label={t(`caseView.checks.${item.outcome}`)}>
              {mark[item.outcome]} {t(`caseView.checks.${item.outcome}`)}
            </Tag>
            <span>{zh ? item.zh : item.en}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
