import { agreementStates, applicationStatuses, applicationTypes, insuredStatuses, periodStatuses } from './types';

/** Translation keys the applicant screens build from codes (the i18n test checks them; its scan cannot see them). */
export const applicantBuiltKeys: string[] = [
  ...['home', 'apply', 'query', 'mine'].map((k) => `applicant.tabs.${k}`),
  ...applicationTypes.flatMap((k) => [`applicant.service.${k}.title`, `applicant.service.${k}.description`]),
  ...applicationStatuses.flatMap((k) => [`applicant.status.${k}`, `applicant.statusHint.${k}`]),
  ...['Draft', 'SupplementRequested', 'Approved'].map((k) => `applicant.home.todoHint.${k}`),
  ...['basic', 'rights', 'suspension', 'materials', 'review'].map((k) => `applicant.steps.${k}`),
  ...['active', 'completed', 'cancelled'].map((k) => `applicant.stepStatus.${k}`),
  ...['applicant', 'reviewer', 'system'].map((k) => `applicant.actor.${k}`),
  ...insuredStatuses.map((k) => `applicant.insuredStatus.${k}`),
  ...agreementStates.map((k) => `applicant.agreementState.${k}`),
  ...periodStatuses.map((k) => `applicant.periodStatus.${k}`),
  ...applicationTypes.map((k) => `applicant.eligibility.needs.${k}`),
  ...[
    'accountNameMismatch', 'accountNameRequired', 'accountNumber', 'accountNumberRequired', 'addressRequired', 'addressTooLong',
    'baseFen', 'baseGrade', 'basePositive', 'baseRange', 'baseRequired', 'fileContent', 'fileEmpty', 'fileTooLarge', 'fileType',
    'month', 'monthRequired', 'monthTooFarAhead', 'phone', 'phoneRequired',
  ].map((k) => `applicant.validation.${k}`),
];
