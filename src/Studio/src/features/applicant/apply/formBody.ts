import type { FieldPath, StepKey } from '../steps';
import type { ApplicationType, ApplicationView, CreateApplicationBody, PaymentFrequency } from '../types';
import { accountDigits } from '../validation';

/** The step form's values; one form holds every step so going back keeps what was typed. */
export interface ApplyValues {
  regionCode?: string;
  phone?: string;
  address?: string;
  insuranceTypes?: string[];
  bank?: { bankCode?: string; accountNumber?: string; accountName?: string };
  contributionBase?: number;
  paymentFrequency?: PaymentFrequency;
  reason?: string;
  effectiveMonth?: string;
  commitment?: boolean;
}

/** The fields checked before leaving each step. */
export function fieldsOf(type: ApplicationType, step: StepKey): FieldPath[] {
  switch (step) {
    case 'basic':
      return type === 'NewEnrollment' ? ['regionCode', 'phone', 'address'] : type === 'Resumption' ? ['regionCode'] : [];
    case 'rights':
      return type === 'Suspension'
        ? ['reason', 'effectiveMonth', 'insuranceTypes']
        : ['insuranceTypes', ['bank', 'bankCode'], ['bank', 'accountNumber'], ['bank', 'accountName'], 'contributionBase', 'paymentFrequency'];
    case 'review':
      return ['commitment'];
    default:
      return [];
  }
}

/** POST /api/applications body for the type: only its own fields, trimmed; the account number without spaces. */
export function toCreateBody(type: ApplicationType, v: ApplyValues): CreateApplicationBody {
  const insuranceTypes = v.insuranceTypes ?? [];
  if (type === 'Suspension') {
    return { type, reason: v.reason, effectiveMonth: v.effectiveMonth, insuranceTypes };
  }
  const common = {
    type,
    regionCode: v.regionCode,
    insuranceTypes,
    bank: {
      bankCode: v.bank?.bankCode ?? '',
      accountNumber: accountDigits(v.bank?.accountNumber),
      accountName: (v.bank?.accountName ?? '').trim(),
    },
    contributionBase: v.contributionBase,
    paymentFrequency: v.paymentFrequency,
  };
  return type === 'NewEnrollment' ? { ...common, phone: v.phone?.trim(), address: v.address?.trim() } : common;
}

/** A saved draft back into the form (shown read-only: the server keeps no way to change a draft's details). */
export function fromApplication(application: ApplicationView): ApplyValues {
  const d = application.details;
  return {
    regionCode: d.regionCode ?? undefined,
    phone: d.phone ?? undefined,
    address: d.address ?? undefined,
    insuranceTypes: d.insuranceTypes ?? [],
    bank: d.bank ? { ...d.bank } : undefined,
    contributionBase: d.contributionBase ?? undefined,
    paymentFrequency: d.paymentFrequency ?? undefined,
    reason: d.reason ?? undefined,
    effectiveMonth: d.effectiveMonth ?? undefined,
  };
}
