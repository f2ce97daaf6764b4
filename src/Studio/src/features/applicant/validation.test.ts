import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkAccountName,
  checkAccountNumber,
  checkAddress,
  checkBase,
  checkEffectiveMonth,
  checkFile,
  checkFileContent,
  checkPhone,
  gradeOptions,
  maxFileBytes,
  monthlyAmount,
  sniff,
} from './validation';

const keys = (problems: { key: string }[]) => problems.map((p) => p.key.replace('applicant.validation.', ''));
const key = (problem: { key: string } | null) => problem?.key.replace('applicant.validation.', '') ?? null;

/** Urumqi 2021 as seeded (PolicySeed): free entry between the limits. */
const free = { effectiveYear: 2021, baseLowerLimit: 3681, baseUpperLimit: 19593, gradeMode: 'Free' as const, gradeAmounts: [3919, 6531, 19593] };
const fixed = { ...free, gradeMode: 'Fixed' as const };

describe('bank account', () => {
  it.each([
    ['6222021234567890', null],
    ['6222021234567890123', null],
    ['6222 0212 3456 7890 123', null],
    ['622202123456789', 'accountNumber'],
    ['62220212345678901234', 'accountNumber'],
    ['6222-0212-3456-7890', 'accountNumber'],
    ['622202123456789a', 'accountNumber'],
    ['', 'accountNumberRequired'],
  ])('AccountNumber_%s_Gives_%s', (number, expected) => {
    expect(key(checkAccountNumber(number))).toBe(expected);
  });

  it('AccountName_MustBeTheApplicantsOwn', () => {
    expect(checkAccountName('张伟', '张伟')).toBeNull();
    expect(checkAccountName('  张伟 ', '张伟')).toBeNull();
    expect(key(checkAccountName('李娜', '张伟'))).toBe('accountNameMismatch');
    expect(checkAccountName('李娜', '张伟')?.values).toEqual({ name: '张伟' });
    expect(key(checkAccountName('', '张伟'))).toBe('accountNameRequired');
  });

  it('AccountName_TreatsLookAlikeMiddleDotsAsOne', () => {
    // PersonName.Normalise: minority names are written with whichever dot the keyboard offers.
    expect(checkAccountName('买买提.艾力', '买买提·艾力')).toBeNull();
    expect(checkAccountName('买买提•艾力', '买买提·艾力')).toBeNull();
  });
});

describe('contribution base', () => {
  it('Base_WithinFreeLimits_IsAccepted', () => {
    expect(checkBase(3681, free)).toEqual([]);
    expect(checkBase(5000, free)).toEqual([]);
    expect(checkBase(19593, free)).toEqual([]);
  });

  it('Base_OutsideLimits_NamesTheYearAndLimits', () => {
    const problems = checkBase(3680, free);
    expect(keys(problems)).toEqual(['baseRange']);
    expect(problems[0].values).toEqual({ year: 2021, min: 3681, max: 19593 });
    expect(keys(checkBase(19593.01, free))).toEqual(['baseRange']);
  });

  it('Base_InFixedMode_MustBeAGrade', () => {
    expect(checkBase(6531, fixed)).toEqual([]);
    expect(keys(checkBase(5000, fixed))).toEqual(['baseGrade']);
    expect(keys(checkBase(100, fixed))).toEqual(['baseRange', 'baseGrade']);
  });

  it('Base_Missing_NotPositive_OrBeyondTheFen_IsRefusedBeforeTheLimits', () => {
    expect(keys(checkBase(undefined, free))).toEqual(['baseRequired']);
    expect(keys(checkBase(null, free))).toEqual(['baseRequired']);
    expect(keys(checkBase(0, free))).toEqual(['basePositive']);
    expect(keys(checkBase(5000.123, free))).toEqual(['baseFen']);
  });

  it('MonthlyAmount_IsBaseTimesRate_RoundedToTheFen', () => {
    expect(monthlyAmount(5000, 0.2)).toBe(1000);
    expect(monthlyAmount(3681, 0.2)).toBe(736.2);
    expect(monthlyAmount(3919.33, 0.2)).toBe(783.87);
    expect(monthlyAmount(undefined, 0.2)).toBeNull();
  });

  it('GradeOptions_AreAverageWageTimesGrade_ClampedAndDistinct', () => {
    const options = gradeOptions({ averageMonthlyWage: 6531, baseLowerLimit: 3681, baseUpperLimit: 19593, grades: [0.5, 0.6, 1, 3, 3.1] });
    expect(options).toEqual([
      { grade: 0.5, amount: 3681 },
      { grade: 0.6, amount: 3919 },
      { grade: 1, amount: 6531 },
      { grade: 3, amount: 19593 },
    ]);
  });
});

describe('basic info', () => {
  it.each([
    ['13912345678', null],
    ['+86 139-1234-5678', null],
    ['12912345678', 'phone'],
    ['1391234567', 'phone'],
    ['', 'phoneRequired'],
  ])('Phone_%s_Gives_%s', (phone, expected) => {
    expect(key(checkPhone(phone))).toBe(expected);
  });

  it('Address_IsRequired_AndAtMost200Characters', () => {
    expect(key(checkAddress('  '))).toBe('addressRequired');
    expect(checkAddress('乌鲁木齐市天山区解放北路 1 号')).toBeNull();
    expect(key(checkAddress('路'.repeat(201)))).toBe('addressTooLong');
  });
});

describe('suspension month', () => {
  it('EffectiveMonth_AtMostOneMonthAhead', () => {
    expect(checkEffectiveMonth('2026-11', '2026-11')).toBeNull();
    expect(checkEffectiveMonth('2026-12', '2026-11')).toBeNull();
    expect(checkEffectiveMonth('2026-03', '2026-11')).toBeNull();
    expect(checkEffectiveMonth('2027-01', '2026-11')).toEqual({ key: 'applicant.validation.monthTooFarAhead', values: { latest: '2026-12' } });
    expect(key(checkEffectiveMonth('2026-13', '2026-11'))).toBe('month');
    expect(key(checkEffectiveMonth(undefined, '2026-11'))).toBe('monthRequired');
  });

  it('AddMonths_CrossesTheYear', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});

describe('files', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pdf = new TextEncoder().encode('%PDF-1.4\n');
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

  it('File_TypeAndSize_AreCheckedBeforeUpload', () => {
    expect(checkFile({ name: 'a.png', type: 'image/png', size: 100 })).toBeNull();
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: maxFileBytes })).toBeNull();
    expect(key(checkFile({ name: 'a.pdf', type: 'application/pdf', size: maxFileBytes + 1 }))).toBe('fileTooLarge');
    expect(key(checkFile({ name: 'a.gif', type: 'image/gif', size: 100 }))).toBe('fileType');
    expect(key(checkFile({ name: 'a.heic', type: 'image/heic', size: 100 }))).toBe('fileType');
    expect(key(checkFile({ name: 'a.png', type: 'image/png', size: 0 }))).toBe('fileEmpty');
  });

  it('File_WithoutDeclaredType_IsJudgedByItsExtension', () => {
    expect(checkFile({ name: 'IMG_0001.JPG', type: '', size: 100 })).toBeNull();
    expect(key(checkFile({ name: 'scan.doc', type: '', size: 100 }))).toBe('fileType');
  });

  it('Sniff_ReadsTheSameMagicBytesAsTheServer', () => {
    expect(sniff(png)).toBe('image/png');
    expect(sniff(pdf)).toBe('application/pdf');
    expect(sniff(jpeg)).toBe('image/jpeg');
    expect(sniff(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
  });

  it('FileContent_ARenamedFile_IsRefused', async () => {
    const renamed = new File([new TextEncoder().encode('not an image')], 'photo.png', { type: 'image/png' });
    expect(key((await checkFileContent(renamed)).problem)).toBe('fileContent');
    const real = new File([png], 'photo.png', { type: 'image/png' });
    expect(await checkFileContent(real)).toEqual({ problem: null, type: 'image/png' });
  });
});
