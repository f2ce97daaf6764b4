import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/api';
import { inProgress } from './status';
import { pick } from '../../i18n/language';
import type {
  AgreementStatus,
  ApplicationView,
  BankItem,
  CreateApplicationBody,
  FrequencyItem,
  InsuranceView,
  MaterialKind,
  NotificationView,
  Policy,
  ReferenceItem,
  SubmitResponse,
  UploadResponse,
} from './types';

const id = (value: string) => encodeURIComponent(value);
const idempotent = (key: string) => ({ 'Idempotency-Key': key });

export const applicantApi = {
  applications: () => client.get<ApplicationView[]>('/api/applications'),
  application: (applicationId: string) => client.get<ApplicationView>(`/api/applications/${id(applicationId)}`),
  create: (body: CreateApplicationBody, key: string) =>
    client.request<ApplicationView>('POST', '/api/applications', { body, headers: idempotent(key) }),
  upload: (applicationId: string, kind: MaterialKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return client.request<UploadResponse>('POST', `/api/applications/${id(applicationId)}/materials`, { form });
  },
  submit: (applicationId: string, key: string) =>
    client.request<SubmitResponse>('POST', `/api/applications/${id(applicationId)}/submit`, { headers: idempotent(key) }),
  changeAccount: (applicationId: string, body: { bank: { bankCode?: string; accountNumber?: string; accountName?: string } }) =>
    client.request<{ id: string; bankCode: string; account: string }>('PUT', `/api/applications/${id(applicationId)}/bank-account`, { body }),
  withdraw: (applicationId: string) => client.post<{ id: string; status: string }>(`/api/applications/${id(applicationId)}/withdraw`),
  insurance: () => client.get<InsuranceView>('/api/me/insurance'),
  notifications: () => client.get<NotificationView[]>('/api/me/notifications'),
  signAgreement: (bankCode: string, accountNumber: string) =>
    client.post<AgreementStatus>('/api/simulators/tax/agreements', { bankCode, accountNumber }),
  revokeAgreement: () => client.request<AgreementStatus>('DELETE', '/api/simulators/tax/agreements'),
};

/** Reference lists change at most yearly and are public: fetched once per session. */
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const useRegions = () => useQuery({ queryKey: ['ref', 'regions'], queryFn: () => client.get<ReferenceItem[]>('/api/reference/regions'), ...forever });
export const useInsuranceTypes = () =>
  useQuery({ queryKey: ['ref', 'insuranceTypes'], queryFn: () => client.get<ReferenceItem[]>('/api/reference/insurance-types'), ...forever });
export const useBanks = () => useQuery({ queryKey: ['ref', 'banks'], queryFn: () => client.get<BankItem[]>('/api/reference/banks'), ...forever });
export const useSuspensionReasons = () =>
  useQuery({ queryKey: ['ref', 'suspensionReasons'], queryFn: () => client.get<ReferenceItem[]>('/api/reference/suspension-reasons'), ...forever });
export const useFrequencies = () =>
  useQuery({ queryKey: ['ref', 'frequencies'], queryFn: () => client.get<FrequencyItem[]>('/api/reference/payment-frequencies'), ...forever });
export const usePolicy = (year: number) =>
  useQuery({ queryKey: ['ref', 'policy', year], queryFn: () => client.get<Policy>(`/api/reference/policy/${year}`), ...forever });

export const useApplications = () => useQuery({ queryKey: ['applications'], queryFn: applicantApi.applications });
/** With poll, looks again every 10 s while the case moves without the applicant (review, the agreement check). */
export const useApplication = (applicationId: string | undefined, options: { poll?: boolean } = {}) =>
  useQuery({
    queryKey: ['applications', applicationId],
    queryFn: () => applicantApi.application(applicationId!),
    enabled: !!applicationId,
    refetchInterval: (query) => (options.poll && query.state.data && inProgress(query.state.data.status) ? 10_000 : false),
  });
export const useInsurance = () => useQuery({ queryKey: ['insurance'], queryFn: applicantApi.insurance });
export const useNotifications = () => useQuery({ queryKey: ['notifications'], queryFn: applicantApi.notifications });

/** Name of a reference item in the current language. */
export function nameOf(item: { nameZh: string; nameEn: string } | undefined, language: string, fallback = '—'): string {
  if (!item) return fallback;
  return pick(language, item.nameZh, item.nameEn);
}
