import Empty from 'antd/es/empty';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { JournalItem } from '../../api/types';
import { pick } from '../../i18n/language';
import type { NamedJournalItem } from './caseApi';
import type { CaseComment } from './collabApi';
import { formatTaskTime } from './taskTime';

function journalColor(item: JournalItem) {
  if (/incident|fail/i.test(item.event)) return 'red';
  if (/complet|end/i.test(item.event)) return 'green';
  return 'blue';
}

/**
 * The case's history as a reviewer reads it: the steps by the diagram's names and the comments, by time, each with
 * who and when.
 */
export function CaseTimeline({ journal: fullJournal, comments }: { journal: NamedJournalItem[]; comments: CaseComment[] }) {
  const { t, i18n } = useTranslation();
  const stepName = (item: NamedJournalItem) => pick(i18n.language, item.nameZh, item.nameEn) ?? t('caseView.processStep');
  const actorName = (actor?: string | null) => (actor === 'system' ? t('caseView.journalSystem') : actor);
  // Taken sequence flows are the engine's bookkeeping; reviewers follow the activities, as in Camunda's history view.
  // Unnamed elements (gateways, inner scope events) are plumbing too; what is left reads by the diagram's names.
  const steps = fullJournal.filter((item) => item.event !== 'SequenceFlowTaken' && (item.nameZh || item.elementType === 'process'));
  // Comments join the timeline by time, so the history reads as what happened to the case, by whom.
  const journal = [
    ...steps.map((item) => ({ at: item.at, item, comment: undefined })),
    ...comments.map((comment) => ({ at: comment.createdAt, item: undefined, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (journal.length === 0) return <Empty />;

  return (
    <div className="si-journal">
      <Timeline
        items={journal.map(({ item, comment }) =>
          comment
            ? {
                key: `comment-${comment.id}`,
                color: 'gray',
                content: (
                  <div data-testid="timeline-comment">
                    <Typography.Text strong>{t('taskCollab.commentEvent')}</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{comment.text}</Typography.Paragraph>
                    <Typography.Text type="secondary">
                      {formatTaskTime(comment.createdAt)} · {comment.authorName ?? comment.author}
                    </Typography.Text>
                  </div>
                ),
              }
            : {
                key: item!.sequence,
                color: journalColor(item!),
                content: (
                  <>
                    <Typography.Text strong>
                      {t(`journalEvent.${item!.event}`, { defaultValue: item!.event })} · {stepName(item!)}
                    </Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {formatTaskTime(item!.at)}
                      {item!.actor ? ` · ${actorName(item!.actor)}` : ''}
                    </Typography.Text>
                  </>
                ),
              },
        )}
      />
    </div>
  );
}
