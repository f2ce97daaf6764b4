import { describe, expect, it } from 'vitest';
import i18n from './index';
import { formatCycle, formatDuration, isIsoDuration, parseDuration } from './durations';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

describe('durations', () => {
  it('Duration_ReadsAsPeopleWriteIt_InEachLanguage', () => {
    expect(formatDuration(zh, 'zh-CN', 'P30D')).toBe('30天');
    expect(formatDuration(en, 'en', 'P30D')).toBe('30 days');
    expect(formatDuration(en, 'en', 'P1D')).toBe('1 day');
    expect(formatDuration(zh, 'zh-CN', 'PT1H30M')).toBe('1小时30分钟');
    expect(formatDuration(en, 'en', 'PT1H30M')).toBe('1 hour 30 minutes');
    expect(formatDuration(zh, 'zh-CN', 'P1Y2M')).toBe('1年2个月');
    expect(formatDuration(en, 'en', 'P2W')).toBe('2 weeks');
  });

  it('Duration_LeavesOutZeroParts_ButNotALoneZero', () => {
    expect(formatDuration(en, 'en', 'P0DT2H')).toBe('2 hours');
    expect(formatDuration(zh, 'zh-CN', 'PT0S')).toBe('0秒');
  });

  it('Cycle_SaysHowOften_AndHowManyTimesWhenBounded', () => {
    expect(formatCycle(zh, 'zh-CN', 'R/P7D')).toBe('每7天');
    expect(formatCycle(en, 'en', 'R/P7D')).toBe('every 7 days');
    expect(formatCycle(zh, 'zh-CN', 'R5/PT1M')).toBe('每1分钟，共5次');
    expect(formatCycle(en, 'en', 'R5/PT1M')).toBe('every 1 minute, 5 times');
    expect(formatCycle(en, 'en', 'P30D')).toBe('30 days');
  });

  it('NotADuration_ComesBackUnchanged', () => {
    for (const text of ['${supplementTimeLimit}', 'P', 'PT', '30 days', 'P1H', '2026-12-06T10:00:00Z', 'R/x']) {
      expect(formatCycle(en, 'en', text)).toBe(text);
      expect(isIsoDuration(text)).toBe(false);
    }
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 });
  });
});
