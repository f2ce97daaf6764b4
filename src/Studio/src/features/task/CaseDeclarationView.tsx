import Descriptions from 'antd/es/descriptions';
import Progress from 'antd/es/progress';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { nameOf, type CaseView, type DeclaredBase } from './caseApi';
import { formatMonth, formatYuan } from './caseFormat';

function BaseValue({ declared }: { declared: DeclaredBase }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const outside = declared.position === 'below' || declared.position === 'above';
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="case-base">
      <span>
        <Typography.Text strong>{formatYuan(declared.amount, lang)}</Typography.Text>
        {' · '}
        {t('caseView.declaration.monthly', { amount: formatYuan(declared.monthlyAmount, lang), rate: Math.round(declared.rate * 100) })}
      </span>
      <Progress
        percent={declared.percentOfRange}
        size="small"
        status={outside ? 'exception' : 'normal'}
        format={() => t(`caseView.declaration.position.${declared.position}`)}
        aria-label={t('caseView.declaration.limits')}
      />
      <Typography.Text type="secondary">
        {t('caseView.declaration.limitsOfYear', {
          year: declared.policyYear,
          lower: formatYuan(declared.lowerLimit, lang),
          upper: formatYuan(declared.upperLimit, lang),
        })}
        {declared.policyYear !== declared.year && ` ${t('caseView.declaration.policyFallback', { year: declared.year })}`}
      </Typography.Text>
    </Space>
  );
}

/** Every declared field of the application, by type, named and masked. */
export function CaseDeclarationView({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const d = view.declaration;
  const tags = (items: { code: string; zh: string; en: string }[]) =>
    items.length === 0 ? '—' : items.map((i) => <Tag key={i.code}>{nameOf(i, lang)}</Tag>);
  const item = (key: string, label: string, value: React.ReactNode) => ({ key, label, children: value });
  const rows = [
    d.region && item('region', t('caseView.declaration.region'), nameOf(d.region, lang)),
    d.phone && item('phone', t('caseView.declaration.phone'), d.phone),
    d.address && item('address', t('caseView.declaration.address'), d.address),
    item('insuranceTypes', t('caseView.declaration.insuranceTypes'), tags(d.insuranceTypes)),
    d.bank &&
      item(
        'bank',
        t('caseView.declaration.bank'),
        `${nameOf(d.bank.bank, lang)} · ${d.bank.maskedAccount} · ${t('caseView.declaration.holder', { name: d.bank.holder })}`,
      ),
    d.contributionBase && item('base', t('caseView.declaration.base'), <BaseValue declared={d.contributionBase} />),
    d.paymentFrequency && item('frequency', t('caseView.declaration.frequency'), nameOf(d.paymentFrequency, lang)),
    d.suspensionReason && item('reason', t('caseView.declaration.reason'), nameOf(d.suspensionReason, lang)),
    d.effectiveMonth && item('effectiveMonth', t('caseView.declaration.effectiveMonth'), formatMonth(d.effectiveMonth, lang)),
    view.type.code === 'Resumption' &&
      item(
        'previousSuspension',
        t('caseView.declaration.previousSuspension'),
        d.previousSuspension
          ? t('caseView.declaration.suspendedSince', {
              month: formatMonth(d.previousSuspension.month, lang),
              reason: nameOf(d.previousSuspension.reason, lang) || '—',
            })
          : t('caseView.declaration.noSuspension'),
      ),
  ].filter(Boolean) as { key: string; label: string; children: React.ReactNode }[];
  return <Descriptions bordered size="small" column={1} className="si-case-facts" items={rows} data-testid="case-declaration" />;
}
