import { describe, expect, it } from 'vitest';
import { containsPersonalData, maskText, maskValue } from './personalData';

describe('personal data masking', () => {
  it('MasksIdNumber_KeepingRegionAndCheckDigits', () => {
    expect(maskText('650102199003071235')).toBe('650102********1235');
  });

  it('MasksStrings_UnderSensitiveNames_AndLookalikesAnywhere', () => {
    const masked = maskValue({ idNumber: '650102199003071235', note: 'ok', bank: { accountNumber: '6222021234567890123' }, contact: '13912345678' });
    expect(masked).toEqual({
      idNumber: '650102********1235',
      note: 'ok',
      bank: { accountNumber: '622202*********0123' },
      contact: '139123*5678',
    });
  });

  it('LeavesOrdinaryValuesAlone', () => {
    expect(maskValue(5000, 'contributionBase')).toBe(5000);
    expect(maskValue('6501', 'regionCode')).toBe('6501');
    expect(maskValue('c0a8f3e2-1111-4a1b-9c3d-0123456789ab', 'applicationId')).toBe('c0a8f3e2-1111-4a1b-9c3d-0123456789ab');
    expect(containsPersonalData({ valid: true, regionCode: '65' })).toBe(false);
  });

  it('MasksNumbers_UnderSensitiveNames', () => {
    expect(maskValue(13912345678, 'phone')).toBe('139123*5678');
    expect(containsPersonalData(13912345678, 'phone')).toBe(true);
  });
});
