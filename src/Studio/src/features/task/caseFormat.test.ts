import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { formatMonth, formatPeriod, formatYuan, monthsLabel, yearsAndMonths } from './caseFormat';

describe('caseFormat', () => {
  it('Month_ReadsAsPeopleWriteIt_InEachLanguage', () => {
    expect(formatMonth('2053-03', 'zh-CN')).toBe('2053年3月');
    expect(formatMonth('2053-03', 'en')).toBe('Mar 2053');
    expect(formatPeriod('2026-01..2026-03', 'zh-CN')).toBe('2026年1月 – 2026年3月');
  });

  it('Yuan_HasTwoDecimalsAndGrouping', () => {
    expect(formatYuan(5000, 'zh-CN')).toBe('¥5,000.00');
    expect(yearsAndMonths(126)).toEqual({ years: 10, months: 6 });
  });

  it('Months_AreShownOnce_WithYearsOnlyFromTwelveMonths', () => {
    // Given
    const zh = i18n.getFixedT('zh-CN');
    const text = (n: number) => {
      const { key, values } = monthsLabel(n);
      return zh(key, values);
    };

    // When / Then
    expect(text(0)).toBe('0 个月');
    expect(text(11)).toBe('11 个月');
    expect(text(24)).toBe('24 个月（2 年）');
    expect(text(126)).toBe('126 个月（10 年 6 个月）');
  });

  it('CaseNumber_IsNamedSo_InEnglish', () => {
    expect(i18n.getFixedT('en')('task.businessKey')).toBe('Case number');
  });
});
