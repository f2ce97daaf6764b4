import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { readableValue } from './caseData';

const regionName = (language: string) => (code: string) => (code === '6501' ? (language === 'en' ? 'Urumqi' : '乌鲁木齐市') : code);
const read = (name: string, value: unknown, language: 'zh-CN' | 'en') =>
  readableValue(name, value, i18n.getFixedT(language), language, regionName(language));

describe('readableValue', () => {
  it('CaseVariables_ReadWithoutCodes_InEachLanguage', () => {
    expect(read('regionCode', '6501', 'zh-CN')).toBe('乌鲁木齐市');
    expect(read('regionCode', '6501', 'en')).toBe('Urumqi');
    expect(read('supplementTimeLimit', 'P30D', 'zh-CN')).toBe('30天');
    expect(read('agreementReminderCycle', 'R/P7D', 'en')).toBe('every 7 days');
    expect(read('missingMaterials', ['IdCardFront', 'HouseholdRegister'], 'zh-CN')).toBe('身份证正面、户口本复印件');
    expect(read('applicationType', 'NewEnrollment', 'en')).not.toMatch(/NewEnrollment/);
    expect(read('valid', true, 'zh-CN')).toBe(i18n.getFixedT('zh-CN')('caseData.yes'));
  });

  it('BilingualItems_ShowTheReadersHalf', () => {
    const checks = [{ code: 'age', outcome: 'passed', zh: '年龄符合', en: 'Age within limits' }];
    expect(read('checks', checks, 'zh-CN')).toBe('年龄符合');
    expect(read('checks', checks, 'en')).toBe('Age within limits');
  });

  it('ValuesWithoutAReadingOfTheirOwn_AreLeftToTheCaller', () => {
    expect(read('registryEmployerMonths', 36, 'en')).toBeNull();
    expect(read('comment', '材料齐全', 'zh-CN')).toBeNull();
    expect(read('reviewRouting', { dueInDays: 5 }, 'en')).toBeNull();
  });
});
