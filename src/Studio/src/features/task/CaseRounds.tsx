import Alert from 'antd/es/alert';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { nameOf, type CaseView } from './caseApi';

const format = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
const colors: Record<string, string> = { approve: 'green', reject: 'red', supplement: 'orange' };

/** Earlier review rounds of the case, and what the applicant did since the last one. */
export function CaseRounds({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const changes = view.changesSinceLastRound;
  return (
    <div data-testid="case-rounds">
      {changes && (
        <Alert
          type={changes.requestedAllProvided ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="case-changes"
          title={t('caseView.rounds.changesTitle', { at: format(changes.since) })}
          description={
            <>
              {changes.materialsAttached.length === 0 ? (
                <div>{t('caseView.rounds.nothingAttached')}</div>
              ) : (
                <div>
                  {t('caseView.rounds.attached')}{' '}
                  {changes.materialsAttached.map((m) => (
                    <Tag key={`${m.kind.code}-${m.attachedAt}`} color={m.wasRequested ? 'blue' : 'default'}>
                      {nameOf(m.kind, lang)} · {format(m.attachedAt)}
                    </Tag>
                  ))}
                </div>
              )}
              <div>{changes.resubmittedAt ? t('caseView.rounds.resubmitted', { at: format(changes.resubmittedAt) }) : t('caseView.rounds.notResubmitted')}</div>
              {!changes.requestedAllProvided && <div>{t('caseView.rounds.notAllProvided')}</div>}
            </>
          }
        />
      )}
      <Timeline
        items={view.rounds.map((round) => ({
          key: round.round,
          color: colors[round.decision.code] ?? 'blue',
          content: (
            <div data-testid="case-round">
              <Typography.Text strong>
                {t('caseView.rounds.round', { n: round.round })} · {nameOf(round.decision, lang)}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {format(round.decidedAt)}
                {round.decidedBy ? ` · ${round.decidedBy}` : ''}
              </Typography.Text>
              {round.comment && <div>{t('caseView.rounds.comment', { comment: round.comment })}</div>}
              {round.missingMaterials.length > 0 && (
                <div>
                  {t('caseView.rounds.asked')} {round.missingMaterials.map((m) => <Tag key={m.code}>{nameOf(m, lang)}</Tag>)}
                </div>
              )}
            </div>
          ),
        }))}
      />
    </div>
  );
}
