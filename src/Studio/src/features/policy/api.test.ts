import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { fieldMessages, holidayLines, numberList, parseDates, parseHolidayLines, toFormValues, toRequest, type PolicyYear } from './api';

const year2024: PolicyYear = {
  year: 2024, averageMonthlyWage: 8332, baseLowerLimit: 4999, baseUpperLimit: 24996, gradeMode: 'Free', grades: [0.6, 1, 3],
  gradeAmounts: [4999, 8332, 24996], rate: 0.2, personalAccountRate: 0.08, pooledRate: 0.12, deductionDay: 20,
  reminderOffsetsDays: [7, 3, 1], allowPastYearArrears: false, femaleFlexibleWorkerOriginalRetirementAge: 55,
  source: 'salary calculator', confidence: 'Low', updatedAt: '2026-12-01T00:00:00Z', updatedBy: 'seed',
};

describe('policy form', () => {
  it('ToRequest_ParsesTheListFields_AndLeavesTheYearToTheAddress', () => {
    const body = toRequest({ ...toFormValues(year2024), grades: '0.6，1  1.5,3', reminderOffsetsDays: '7, 3' }) as Record<string, unknown>;
    expect(body.grades).toEqual([0.6, 1, 1.5, 3]);
    expect(body.reminderOffsetsDays).toEqual([7, 3]);
    expect(body).not.toHaveProperty('year');
    expect(body.baseLowerLimit).toBe(4999);
  });

  it('NumberList_KeepsWhatIsNotANumber_SoTheServerNamesTheField', () => {
    expect(numberList('0.6, abc')).toEqual([0.6, NaN]);
    expect(numberList('  ')).toEqual([]);
  });

  it('HolidayLines_RoundTrip_NamesWithSpaces', () => {
    const holidays = [{ date: '2027-01-01', name: '元旦' }, { date: '2027-10-01', name: 'National Day' }];
    expect(parseHolidayLines(holidayLines(holidays))).toEqual(holidays);
    expect(parseHolidayLines('\n2027-05-01 劳动节\n\n')).toEqual([{ date: '2027-05-01', name: '劳动节' }]);
    expect(parseDates('2027-02-06\n2027-02-20, 2027-09-26')).toEqual(['2027-02-06', '2027-02-20', '2027-09-26']);
  });
});

describe('fieldMessages', () => {
  it('PutsEachServerMessageBesideItsField_RenderedFromItsCode', () => {
    const error = new ApiError(
      400,
      '输入有误',
      undefined,
      {
        baseUpperLimit: ['缴费基数下限须为正数且低于上限'],
        'holidays[1].date': ['日期格式须为 yyyy-MM-dd（收到“x”）'],
        policy: ['其他'],
      },
      'validation.failed',
      {},
      {
        baseUpperLimit: [{ code: 'Policy.BaseLimits' }],
        'holidays[1].date': [{ code: 'field.dateInvalid', args: { value: 'x' } }],
        policy: [{ code: 'Policy.Other' }],
      },
    );
    expect(fieldMessages(error, 'zh-CN', ['baseUpperLimit', 'holidays'])).toEqual({
      baseUpperLimit: ['缴费基数下限须为正数且低于上限'],
      holidays: ['holidays[1].date: 日期格式须为 yyyy-MM-dd（收到“x”）'],
      '': ['其他'],
    });
    expect(fieldMessages(error, 'en', ['holidays']).holidays).toEqual(["holidays[1].date: Expected a date as yyyy-MM-dd, but got 'x'."]);
  });

  it('FallsBackToTheDetail_WhenNoFieldIsNamed', () => {
    expect(fieldMessages(new ApiError(409, 'Conflict', 'Cannot delete'), 'en', [])).toEqual({ '': ['Cannot delete'] });
    expect(fieldMessages(new Error('x'), 'en', [])).toEqual({});
  });
});
