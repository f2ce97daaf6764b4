import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import type { ApiHelper } from './fixtures';

export const files = {
  IdCardFront: { name: 'id-card-front.png', mimeType: 'image/png' },
  IdCardBack: { name: 'id-card-back.png', mimeType: 'image/png' },
  HouseholdRegister: { name: 'household-register.pdf', mimeType: 'application/pdf' },
  IdCardCopy: { name: 'id-card-copy.pdf', mimeType: 'application/pdf' },
} as const;

export const filePath = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'files', name);

export interface CreatedApplication {
  id: string;
  caseNumber: string;
}

/** The states in which an applicant may still withdraw a submitted case. */
const withdrawable = ['Submitted', 'UnderReview', 'SupplementRequested'];

/**
 * A person may have one open 新参保 at a time (the server answers 409 to a second), and the specs share one database:
 * withdraw what an earlier story left under review, as the applicant would, before starting a new one.
 */
async function withdrawOpenEnrollments(api: ApiHelper, applicant: string): Promise<void> {
  const mine = await api.send<{ id: string; type: string; status: string }[]>(applicant, 'GET', '/api/applications');
  for (const open of mine.filter((a) => a.type === 'NewEnrollment' && withdrawable.includes(a.status))) {
    await api.send(applicant, 'POST', `/api/applications/${open.id}/withdraw`);
  }
}

/** A submitted new enrollment of applicant1 in 乌鲁木齐市 (6501), made through the API as the mini program would. */
export async function submitNewEnrollment(api: ApiHelper, applicant = 'applicant1', accountName = '张伟'): Promise<CreatedApplication> {
  await withdrawOpenEnrollments(api, applicant);
  const created = await api.send<CreatedApplication>(applicant, 'POST', '/api/applications', {
    type: 'NewEnrollment',
    regionCode: '6501',
    phone: '13912345678',
    address: '乌鲁木齐市天山区解放北路 1 号',
    insuranceTypes: ['110'],
    bank: { bankCode: 'ICBC', accountNumber: '6222021234567890123', accountName },
    contributionBase: 5000,
    paymentFrequency: 'Monthly',
  });
  for (const [kind, file] of Object.entries(files)) {
    await api.upload(applicant, created.id, kind, file.name, file.mimeType, readFileSync(filePath(file.name)));
  }
  await api.send(applicant, 'POST', `/api/applications/${created.id}/submit`);
  return created;
}

/** Waits until the submitted case's review task is offered; its business key is the application's id. */
export async function reviewTaskOf(api: ApiHelper, reviewer: string, applicationId: string): Promise<string> {
  let taskId: string | undefined;
  await expect
    .poll(async () => {
      const page = await api.send<{ items: { id: string; businessKey?: string | null }[] }>(reviewer, 'GET', '/api/tasks?scope=available&pageSize=100');
      taskId = page.items.find((task) => task.businessKey === applicationId)?.id;
      return taskId;
    })
    .toBeTruthy();
  return taskId!;
}
