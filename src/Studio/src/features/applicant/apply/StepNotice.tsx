import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';

interface Props {
  messages: string[];
  /** Offered on a saved draft: 'edit' when the server named fields, 'withdraw' for standing problems only. */
  fixable: 'edit' | 'withdraw' | null;
  onWithdraw: () => void;
}

/** What the server refused on this step, and (for a saved draft) the way out: withdraw it and edit. */
export function StepNotice({ messages, fixable, onWithdraw }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="step-notice"
      title={t('applicant.apply.problems')}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {fixable && (
            <Button size="middle" danger style={{ marginTop: 8 }} onClick={onWithdraw} data-testid="withdraw-draft">
              {fixable === 'edit' ? t('applicant.apply.withdrawAndEdit') : t('applicant.apply.withdrawDraft')}
            </Button>
          )}
        </>
      }
    />
  );
}
