import { describe, expect, it } from 'vitest';
import { formatMonth, formatPeriod, formatYuan, yearsAndMonths } from './caseFormat';

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
});
