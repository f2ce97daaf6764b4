/** Shapes of the applicant routes (src/Api/Features/Applications, Insurance, Notifications, Reference, Simulators). */

export const applicationTypes = ['NewEnrollment', 'Resumption', 'Suspension'] as const;
export type ApplicationType = (typeof applicationTypes)[number];

/** ApplicationStatus in src/Domain/Applications. */
export const applicationStatuses = [
  'Draft',
  'Submitted',
  'UnderReview',
  'SupplementRequested',
  'Approved',
  'Rejected',
  'Completed',
  'Withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** MaterialKind; only a new enrollment needs materials (NewEnrollmentDetails.RequiredMaterials). */
export const materialKinds = ['IdCardFront', 'IdCardBack', 'HouseholdRegister', 'IdCardCopy'] as const;
export type MaterialKind = (typeof materialKinds)[number];

export const paymentFrequencies = ['Monthly', 'Quarterly', 'HalfYearly', 'Yearly'] as const;
export type PaymentFrequency = (typeof paymentFrequencies)[number];

export interface BankInput {
  bankCode: string;
  accountNumber: string;
  accountName: string;
}

/** POST /api/applications body (ApplicationForm.Read): fields a type does not use are left out. */
export interface CreateApplicationBody {
  type: ApplicationType;
  regionCode?: string;
  phone?: string;
  address?: string;
  insuranceTypes: string[];
  bank?: BankInput;
  contributionBase?: number;
  paymentFrequency?: PaymentFrequency;
  reason?: string;
  effectiveMonth?: string;
}

export interface MaterialView {
  materialId: string;
  kind: MaterialKind;
  kindZh: string;
  kindEn: string;
  fileName: string;
  attachedAt: string;
}

export interface ReasonView {
  code: string;
  zh: string;
  en: string;
}

export interface ApplicationDetailsView {
  regionCode?: string | null;
  phone?: string | null;
  address?: string | null;
  insuranceTypes?: string[] | null;
  bank?: { bankCode: string; accountNumber: string; accountName: string } | null;
  contributionBase?: number | null;
  monthlyAmount?: number | null;
  paymentFrequency?: PaymentFrequency | null;
  reason?: string | null;
  effectiveMonth?: string | null;
}

export type StepStatus = 'active' | 'completed' | 'cancelled';
export type ActorRole = 'applicant' | 'reviewer' | 'system';

export interface TimelineStep {
  elementId: string;
  nameZh: string;
  nameEn: string;
  status: StepStatus;
  at: string;
  actorRole: ActorRole;
  comment?: string | null;
}

export type NextActionKind = 'UploadMaterials' | 'Submit' | 'SignAgreement' | 'AgreementAccountMismatch';

export interface NextAction {
  kind: NextActionKind;
  zh: string;
  en: string;
  materials?: MaterialKind[] | null;
}

export interface ApplicationView {
  id: string;
  caseNumber: string;
  type: ApplicationType;
  status: ApplicationStatus;
  createdAt: string;
  submittedAt?: string | null;
  applicantName: string;
  maskedIdNumber: string;
  details: ApplicationDetailsView;
  materials: MaterialView[];
  rejectionReasons: ReasonView[];
  timeline?: TimelineStep[] | null;
  nextAction?: NextAction | null;
}

export interface SubmitResponse {
  id: string;
  caseNumber: string;
  status: ApplicationStatus;
  instanceId?: string | null;
}

export interface UploadResponse {
  materialId: string;
  kind: MaterialKind;
  contentType: string;
  size: number;
}

export const insuredStatuses = ['NotInsured', 'Active', 'Suspended', 'Terminated'] as const;
export type InsuredStatus = (typeof insuredStatuses)[number];
export const agreementStates = ['NotSigned', 'Signed', 'Revoked'] as const;
export type AgreementState = (typeof agreementStates)[number];
export const periodStatuses = ['Due', 'Paid', 'Failed', 'InArrears'] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

export interface PeriodView {
  period: string;
  months: number;
  amount: number;
  status: PeriodStatus;
  paidOn?: string | null;
  /** A first deduction deferred to the next deduction day (an enrolment after this month's). */
  deductOn?: string | null;
  /** Paid months refunded after a 停保 inside the period, and their amount. */
  refundedMonths?: number;
  refund?: number;
}

export interface InsuranceView {
  status: InsuredStatus;
  regionCode?: string | null;
  contributionBase?: number | null;
  monthlyAmount?: number | null;
  paymentFrequency?: PaymentFrequency | null;
  agreementStatus: AgreementState;
  enrolledFrom?: string | null;
  insuranceTypes: string[];
  periods: PeriodView[];
  cumulativeMonths: number;
  retirementMonth?: string | null;
  requiredMonths?: number | null;
  shortfallMonths?: number | null;
  shortfallAtRetirementMonths?: number | null;
  /** Months paid through employers (ours, or the national registry's for a former employee). */
  employerMonths?: number;
  /** No record here, but the registry shows an employer that stopped paying: the person uses 续保. */
  formerEmployee?: boolean;
  /** When and why contributions end: the retirement month, or later for 延长缴费 (extended contributions). */
  contributionsEnd?: { month: string; reason: 'RetirementReached' | 'ExtendedToMinimum'; zh: string; en: string } | null;
}

export interface NotificationView {
  id: string;
  applicationId: string;
  kind: string;
  textZh: string;
  textEn: string;
  createdAt: string;
}

export interface ReferenceItem {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface BankItem extends ReferenceItem {
  cnapsCategoryCode: string;
  cnapsCodeIsShared: boolean;
}

export interface FrequencyItem extends ReferenceItem {
  monthsPerPeriod: number;
}

export interface Policy {
  requestedYear: number;
  effectiveYear: number;
  isFallback: boolean;
  averageMonthlyWage: number;
  baseLowerLimit: number;
  baseUpperLimit: number;
  gradeMode: 'Fixed' | 'Free';
  grades: number[];
  gradeAmounts: number[];
  rate: number;
  deductionDay: number;
}

export interface AgreementStatus {
  idNumber: string;
  state: AgreementState;
  bankCode?: string | null;
  accountNumber?: string | null;
  signedAt?: string | null;
  revokedAt?: string | null;
}
