import type { ApplicationStatus } from './types';

/** Tag colour per application status. */
export const statusColor: Record<ApplicationStatus, string> = {
  Draft: 'default',
  Submitted: 'processing',
  UnderReview: 'processing',
  SupplementRequested: 'warning',
  Approved: 'success',
  Rejected: 'error',
  Completed: 'success',
  Withdrawn: 'default',
};

/** The review has not decided yet, so the applicant may still withdraw (Application.Withdraw). */
export const withdrawable = (status: ApplicationStatus) =>
  status === 'Draft' || status === 'Submitted' || status === 'UnderReview' || status === 'SupplementRequested';

/** Statuses that change without the applicant doing anything: the screens poll while a case is in one. */
export const inProgress = (status: ApplicationStatus) => status === 'Submitted' || status === 'UnderReview' || status === 'Approved';
