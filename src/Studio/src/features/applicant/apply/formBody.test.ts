import { describe, expect, it } from 'vitest';
import { AttemptKeys } from '../idempotency';
import { fieldsOf, toCreateBody } from './formBody';

const values = {
  regionCode: '6501',
  phone: ' 13912345678 ',
  address: ' 乌鲁木齐市天山区解放北路 1 号 ',
  insuranceTypes: ['110'],
  bank: { bankCode: 'ICBC', accountNumber: '6222 0212 3456 7890 123', accountName: ' 张伟 ' },
  contributionBase: 5000,
  paymentFrequency: 'Monthly' as const,
  reason: 'PersonalPause',
  effectiveMonth: '2026-11',
  commitment: true,
};

describe('toCreateBody', () => {
  it('NewEnrollment_SendsItsFields_Trimmed', () => {
    expect(toCreateBody('NewEnrollment', values)).toEqual({
      type: 'NewEnrollment',
      regionCode: '6501',
      phone: '13912345678',
      address: '乌鲁木齐市天山区解放北路 1 号',
      insuranceTypes: ['110'],
      bank: { bankCode: 'ICBC', accountNumber: '6222021234567890123', accountName: '张伟' },
      contributionBase: 5000,
      paymentFrequency: 'Monthly',
    });
  });

  it('Resumption_HasNoPhoneOrAddress', () => {
    const body = toCreateBody('Resumption', values);
    expect(body).not.toHaveProperty('phone');
    expect(body).not.toHaveProperty('address');
    expect(body.regionCode).toBe('6501');
  });

  it('Suspension_SendsReasonMonthAndTypesOnly', () => {
    expect(toCreateBody('Suspension', values)).toEqual({ type: 'Suspension', reason: 'PersonalPause', effectiveMonth: '2026-11', insuranceTypes: ['110'] });
  });

  it('FieldsOf_EachStep_AreTheOnesShownThere', () => {
    expect(fieldsOf('NewEnrollment', 'basic')).toEqual(['regionCode', 'phone', 'address']);
    expect(fieldsOf('Suspension', 'basic')).toEqual([]);
    expect(fieldsOf('Suspension', 'rights')).toEqual(['reason', 'effectiveMonth', 'insuranceTypes']);
  });
});

describe('AttemptKeys', () => {
  it('SameRequest_KeepsItsKey_ChangedRequest_GetsANewOne', () => {
    let n = 0;
    const keys = new AttemptKeys(() => `key-${++n}`);
    const body = toCreateBody('NewEnrollment', values);
    expect(keys.keyFor(body)).toBe('key-1');
    expect(keys.keyFor({ ...body })).toBe('key-1');
    expect(keys.keyFor({ ...body, contributionBase: 6000 })).toBe('key-2');
    keys.reset();
    expect(keys.keyFor({ ...body, contributionBase: 6000 })).toBe('key-3');
  });
});
