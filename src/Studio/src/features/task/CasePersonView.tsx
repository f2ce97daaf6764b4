import { useState } from 'react';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { caseApi, nameOf, type CasePerson } from './caseApi';
import { formatMonth, formatPeriod, formatYuan, monthsLabel } from './caseFormat';

/** The masked ID number; the full one is asked of the host, which audits every reveal. */
function IdNumber({ taskId, masked }: { taskId: string; masked: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function reveal() {
    setBusy(true);
    try {
      setFull((await caseApi.revealIdNumber(taskId)).idNumber);
    } catch {
      void message.error(t('error.generic'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space>
      <span data-testid="case-id-number">{full ?? masked}</span>
      <Button size="small" type="link" loading={busy} onClick={() => (full ? setFull(null) : void reveal())} data-testid="case-id-reveal">
        {full ? t('caseData.hide') : t('caseView.person.reveal')}
      </Button>
    </Space>
  );
}

/** The person: who, retirement under the 2025 reform, months against the minimum, status and history. */
export function CasePersonView({ taskId, person }: { taskId: string; person: CasePerson }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const c = person.contributions;
  const months = (n: number) => {
    const { key, values } = monthsLabel(n);
    return t(key, values);
  };
  const r = person.retirement;
  const rows = [
    { key: 'name', label: t('caseView.person.name'), children: person.name },
    { key: 'id', label: t('caseView.person.idNumber'), children: <IdNumber taskId={taskId} masked={person.maskedIdNumber} /> },
    {
      key: 'age',
      label: t('caseView.person.age'),
      children: t('caseView.person.ageValue', { age: person.age, sex: nameOf(person.sex, lang), birth: person.birthDate }),
    },
    {
      key: 'retirement',
      label: t('caseView.person.retirement'),
      children: (
        <span data-testid="case-retirement">
          <Typography.Text strong>{formatMonth(r.month, lang)}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t('caseView.person.retirementDetail', { original: r.originalAgeYears, delay: r.delayMonths, years: r.ageYears, months: r.ageMonths })}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'contributions',
      label: t('caseView.person.contributions'),
      children: (
        <span data-testid="case-months">
          <Typography.Text strong>{months(c.totalMonths)}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t('caseView.person.monthsSplit', { flexible: c.flexibleMonths, employer: c.employerMonths })}
          </Typography.Text>
          {person.registryUnavailable && (
            <Typography.Text type="warning" style={{ display: 'block' }}>
              {t('caseView.person.registryUnavailable')}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'shortfall',
      label: t('caseView.person.shortfall'),
      children: (
        <Space orientation="vertical" size={0} data-testid="case-shortfall">
          <span>{t('caseView.person.required', { required: months(c.requiredMonths), year: r.month.slice(0, 4) })}</span>
          <span>{c.shortfallMonths > 0 ? t('caseView.person.missingNow', { missing: months(c.shortfallMonths) }) : t('caseView.person.metNow')}</span>
          {c.shortfallAtRetirementMonths > 0 ? (
            <Typography.Text type="danger">{t('caseView.person.missingAtRetirement', { missing: months(c.shortfallAtRetirementMonths) })}</Typography.Text>
          ) : (
            <Typography.Text type="success">{t('caseView.person.reachableAtRetirement', { left: months(c.monthsUntilRetirement) })}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'status',
      label: t('caseView.person.status'),
      children: (
        <Space wrap size={4}>
          <Tag color={person.status.code === 'Active' ? 'green' : person.status.code === 'Suspended' ? 'orange' : 'default'}>{nameOf(person.status, lang)}</Tag>
          {person.enrolledFrom && t('caseView.person.enrolledFrom', { month: formatMonth(person.enrolledFrom, lang) })}
          {person.activeInsuranceTypes.map((i) => (
            <Tag key={i.code}>{nameOf(i, lang)}</Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="case-person">
      <Descriptions bordered size="small" column={1} className="si-case-facts" items={rows} />
      {person.history.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey={(h) => `${h.month}-${h.kind.code}`}
          title={() => t('caseView.person.history')}
          dataSource={person.history}
          columns={[
            { title: t('caseView.person.month'), dataIndex: 'month', render: (m: string) => formatMonth(m, lang) },
            { title: t('caseView.person.change'), render: (_, h) => nameOf(h.kind, lang) },
            { title: t('caseView.person.reason'), render: (_, h) => nameOf(h.reason, lang) || '—' },
          ]}
        />
      )}
      {person.periods.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="period"
          title={() => t('caseView.person.periods')}
          dataSource={person.periods}
          columns={[
            { title: t('caseView.person.period'), dataIndex: 'period', render: (p: string) => formatPeriod(p, lang) },
            { title: t('caseView.person.amount'), dataIndex: 'amount', align: 'right', render: (a: number) => formatYuan(a, lang) },
            {
              title: t('caseView.person.payment'),
              render: (_, p) => <Tag color={p.status.code === 'Paid' ? 'green' : p.status.code === 'Due' ? 'blue' : 'red'}>{nameOf(p.status, lang)}</Tag>,
            },
          ]}
        />
      )}
      {person.earlierCases.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="applicationId"
          title={() => t('caseView.person.earlierCases')}
          dataSource={person.earlierCases}
          columns={[
            { title: t('caseView.person.caseNumber'), dataIndex: 'caseNumber', render: (n?: string | null) => n ?? '—' },
            { title: t('caseView.person.service'), render: (_, e) => nameOf(e.type, lang) },
            { title: t('caseView.person.caseStatus'), render: (_, e) => nameOf(e.status, lang) },
            { title: t('caseView.person.created'), dataIndex: 'createdAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD') },
          ]}
        />
      )}
    </Space>
  );
}
