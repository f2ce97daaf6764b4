import type { FieldPath, StepKey } from './steps';
import { stepsFor } from './steps';
import type { ApplicationType, MaterialKind } from './types';
import { materialKinds } from './types';

/**
 * Where a server problem belongs. A 400 from create names form fields ("bank.accountNumber"); one from submit names
 * rules by their domain code ("BankAccount.HolderMismatch", "materials.IdCardFront", "Enrollment.AlreadyInsured").
 * Both are sent to the step and field the applicant can fix them on; eligibility problems nobody can fix in a field
 * (already insured, too young) go to the first step as a notice. Keys arrive with their first letter lowered by
 * parseProblem, so matching ignores case.
 */
export interface FieldProblem {
  step: StepKey;
  field: FieldPath;
  messages: string[];
}

export interface MaterialProblem {
  step: StepKey;
  kind: MaterialKind;
  messages: string[];
}

export interface MappedErrors {
  fields: FieldProblem[];
  materials: MaterialProblem[];
  /** Problems shown as a notice at the top of a step. */
  notices: { step: StepKey; messages: string[] }[];
  /** The earliest step with a problem: the form goes back there. */
  firstStep: StepKey | null;
}

const rules: { test: RegExp; step: StepKey; field?: FieldPath }[] = [
  { test: /^(regionCode|region(Code)?\..+)$/i, step: 'basic', field: 'regionCode' },
  { test: /^(phone|mobilePhone\..+)$/i, step: 'basic', field: 'phone' },
  { test: /^address$/i, step: 'basic', field: 'address' },
  { test: /^(insuranceTypes|insuranceType\..+|suspension\.insuranceTypeNotActive)$/i, step: 'rights', field: 'insuranceTypes' },
  { test: /^(bank\.bankCode|bankCategory\..+|agreement\.bankCode)$/i, step: 'rights', field: ['bank', 'bankCode'] },
  { test: /^(bank\.accountNumber|bankAccount\.number|agreement\.accountNumber)$/i, step: 'rights', field: ['bank', 'accountNumber'] },
  { test: /^(bank\.accountName|bankAccount\.holder\w*|agreement\.name\w*)$/i, step: 'rights', field: ['bank', 'accountName'] },
  { test: /^bank$/i, step: 'rights', field: ['bank', 'bankCode'] },
  { test: /^(contributionBase|contributionBase\..+|money\..+)$/i, step: 'rights', field: 'contributionBase' },
  { test: /^paymentFrequency$/i, step: 'rights', field: 'paymentFrequency' },
  { test: /^reason$/i, step: 'rights', field: 'reason' },
  {
    test: /^(effectiveMonth|calendar\..+|yearMonth\..+|suspension\.(tooFarAhead|inPaidPeriod|beforeEnrollment))$/i,
    step: 'rights',
    field: 'effectiveMonth',
  },
  // Standing of the person (already insured, not suspended, too young…): no field can change it.
  { test: /^(type|enrollment\..+|resumption\..+|suspension\..+|insured\..+|residentId\..+)$/i, step: 'basic' },
];

const materialKey = /^(materials?)\.(\w+)$/i;

export function mapServerErrors(type: ApplicationType, errors: Record<string, string[]>): MappedErrors {
  const steps = stepsFor(type);
  const has = (step: StepKey) => steps.includes(step);
  const fields = new Map<string, FieldProblem>();
  const materials: MaterialProblem[] = [];
  const notices = new Map<StepKey, string[]>();
  const notice = (step: StepKey, messages: string[]) => notices.set(step, [...(notices.get(step) ?? []), ...messages]);

  for (const [key, messages] of Object.entries(errors)) {
    const material = materialKey.exec(key);
    const kind = material && materialKinds.find((k) => k.toLowerCase() === material[2].toLowerCase());
    if (kind && has('materials')) {
      materials.push({ step: 'materials', kind, messages });
      continue;
    }

    const rule = rules.find((r) => r.test.test(key));
    if (!rule) {
      notice('review', messages);
      continue;
    }

    // A suspension's basic step has no region or phone: a field problem there is shown on its own step as a notice.
    const step = has(rule.step) ? rule.step : 'review';
    if (rule.field && !(type === 'Suspension' && rule.step === 'basic')) {
      const id = Array.isArray(rule.field) ? rule.field.join('.') : rule.field;
      const existing = fields.get(id);
      if (existing) existing.messages.push(...messages);
      else fields.set(id, { step, field: rule.field, messages: [...messages] });
    } else {
      notice(step, messages);
    }
  }

  const used = new Set<StepKey>([...fields.values()].map((f) => f.step).concat(materials.map((m) => m.step), [...notices.keys()]));
  return {
    fields: [...fields.values()],
    materials,
    notices: [...notices].map(([step, messages]) => ({ step, messages })),
    firstStep: steps.find((s) => used.has(s)) ?? null,
  };
}
