import { describe, expect, it } from 'vitest';
import i18n from './index';
import { groupLabel, regionLabel } from './regions';

const regions = [
  { code: '65', nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang' },
  { code: '6501', nameZh: '乌鲁木齐市', nameEn: 'Urumqi' },
];

describe('regions', () => {
  it('Region_ReadsByItsName_InEachLanguage', () => {
    expect(regionLabel('6501', regions, 'zh-CN')).toBe('乌鲁木齐市');
    expect(regionLabel('6501', regions, 'en')).toBe('Urumqi');
  });

  it('UnknownRegion_OrCatalogueNotLoaded_KeepsTheCode', () => {
    expect(regionLabel('6599', regions, 'zh-CN')).toBe('6599');
    expect(regionLabel('6501', undefined, 'en')).toBe('6501');
  });

  it('ReviewerGroup_ReadsAsTheRegionsReviewers', () => {
    // Given
    const name = (language: string) => (code: string) => regionLabel(code, regions, language);
    // When / Then
    expect(groupLabel(i18n.getFixedT('zh-CN'), 'reviewers-6501', name('zh-CN'))).toBe('乌鲁木齐市审核人员');
    expect(groupLabel(i18n.getFixedT('en'), 'reviewers-6501', name('en'))).toBe('Urumqi reviewers');
    expect(groupLabel(i18n.getFixedT('zh-CN'), 'reviewers-65', name('zh-CN'))).toBe('自治区审核人员');
    expect(groupLabel(i18n.getFixedT('en'), 'supervisors', name('en'))).toBe('Supervisors');
    expect(groupLabel(i18n.getFixedT('en'), 'modellers-own', name('en'))).toBe('modellers-own');
  });
});
