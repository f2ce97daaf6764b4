import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './serverErrors';

describe('mapServerErrors', () => {
  it('CreateErrors_GoToTheirFields_AndTheFirstStepWithAProblem', () => {
    // Given: a 400 from POST /api/applications (ApplicationForm), keys as parseProblem leaves them
    const errors = {
      'bank.accountName': ['持卡人姓名须与参保人姓名一致'],
      'bank.accountNumber': ['银行账号应为 16 至 19 位数字'],
      contributionBase: ['2026 年缴费基数应在 3681 至 19593 元之间'],
      phone: ['手机号码应为 11 位数字'],
    };

    // When
    const mapped = mapServerErrors('NewEnrollment', errors);

    // Then
    expect(mapped.firstStep).toBe('basic');
    expect(mapped.fields).toEqual([
      { step: 'rights', field: ['bank', 'accountName'], messages: ['持卡人姓名须与参保人姓名一致'] },
      { step: 'rights', field: ['bank', 'accountNumber'], messages: ['银行账号应为 16 至 19 位数字'] },
      { step: 'rights', field: 'contributionBase', messages: ['2026 年缴费基数应在 3681 至 19593 元之间'] },
      { step: 'basic', field: 'phone', messages: ['手机号码应为 11 位数字'] },
    ]);
    expect(mapped.notices).toEqual([]);
  });

  it('SubmitErrors_ByDomainCode_GoToTheFieldsTheyConcern', () => {
    // Given: a 400 from submit (SubmissionRules), keyed by rule code with the first letter lowered
    const mapped = mapServerErrors('NewEnrollment', {
      'bankAccount.HolderMismatch': ['持卡人姓名须与参保人姓名一致'],
      'contributionBase.NotAGrade': ['须从档次中选择'],
      'region.NotOffered': ['该统筹区暂未开通'],
      'bankCategory.NotOffered': ['不支持该银行'],
    });

    expect(mapped.fields.map((f) => [f.step, f.field])).toEqual([
      ['rights', ['bank', 'accountName']],
      ['rights', 'contributionBase'],
      ['basic', 'regionCode'],
      ['rights', ['bank', 'bankCode']],
    ]);
    expect(mapped.firstStep).toBe('basic');
  });

  it('MissingMaterials_GoToTheMaterialsStep_ByKind', () => {
    const mapped = mapServerErrors('NewEnrollment', {
      'materials.IdCardBack': ['请上传身份证反面'],
      'materials.HouseholdRegister': ['请上传户口本复印件'],
    });
    expect(mapped.materials).toEqual([
      { step: 'materials', kind: 'IdCardBack', messages: ['请上传身份证反面'] },
      { step: 'materials', kind: 'HouseholdRegister', messages: ['请上传户口本复印件'] },
    ]);
    expect(mapped.firstStep).toBe('materials');
  });

  it('Eligibility_NoFieldCanFix_IsANoticeOnTheFirstStep', () => {
    const mapped = mapServerErrors('NewEnrollment', {
      'enrollment.AlreadyInsured': ['已有正常参保记录'],
      'enrollment.TooYoung': ['参保人须年满 16 周岁'],
    });
    expect(mapped.fields).toEqual([]);
    expect(mapped.notices).toEqual([{ step: 'basic', messages: ['已有正常参保记录', '参保人须年满 16 周岁'] }]);
    expect(mapped.firstStep).toBe('basic');
  });

  it('Suspension_MonthRulesGoToTheMonth_StandingToTheFirstStep', () => {
    const mapped = mapServerErrors('Suspension', {
      'suspension.InPaidPeriod': ['停保月份所在期间已缴费'],
      'suspension.InsuranceTypeNotActive': ['只能勾选处于正常参保状态的险种'],
      'suspension.NotActive': ['当前不是正常参保状态'],
    });
    expect(mapped.fields).toEqual([
      { step: 'rights', field: 'effectiveMonth', messages: ['停保月份所在期间已缴费'] },
      { step: 'rights', field: 'insuranceTypes', messages: ['只能勾选处于正常参保状态的险种'] },
    ]);
    expect(mapped.notices).toEqual([{ step: 'basic', messages: ['当前不是正常参保状态'] }]);
  });

  it('Resumption_HasNoMaterialsStep_SoMaterialKeysAreNotices', () => {
    const mapped = mapServerErrors('Resumption', { 'materials.IdCardFront': ['请上传身份证正面'], 'resumption.NotSuspended': ['当前参保状态不是暂停'] });
    expect(mapped.materials).toEqual([]);
    expect(mapped.notices).toEqual([
      { step: 'review', messages: ['请上传身份证正面'] },
      { step: 'basic', messages: ['当前参保状态不是暂停'] },
    ]);
    expect(mapped.firstStep).toBe('basic');
  });

  it('UnknownKeys_AreKept_AsANoticeOnTheReviewStep', () => {
    const mapped = mapServerErrors('NewEnrollment', { 'Idempotency-Key': ['幂等键不能超过 100 个字符'], somethingNew: ['?'] });
    expect(mapped.notices).toEqual([{ step: 'review', messages: ['幂等键不能超过 100 个字符', '?'] }]);
    expect(mapped.firstStep).toBe('review');
  });

  it('TwoKeysForOneField_AreMerged', () => {
    const mapped = mapServerErrors('Resumption', { contributionBase: ['超出范围'], 'contributionBase.NotAGrade': ['不是档次'] });
    expect(mapped.fields).toEqual([{ step: 'rights', field: 'contributionBase', messages: ['超出范围', '不是档次'] }]);
  });
});
