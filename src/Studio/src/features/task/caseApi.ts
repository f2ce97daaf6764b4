import { client } from '../../api/api';
import type { TaskDetail } from '../../api/types';
import { pick } from '../../i18n/language';

/** One uploaded material of the task's case (src/Api/Features/Tasks/ListTaskMaterials.cs). */
export interface TaskMaterial {
  materialId: string;
  applicationId: string;
  kind: string;
  kindZh: string;
  kindEn: string;
  fileName: string;
  /** Sniffed from the file's bytes by the host; null when the file is missing on disk. */
  contentType?: string | null;
  size?: number | null;
  attachedAt: string;
}

/** The task's process version with the instance's position (src/Api/Features/Tasks/GetTaskDiagram.cs). */
export interface TaskDiagram {
  key: string;
  version: number;
  xml: string;
  completed: string[];
  active: string[];
  incidents: string[];
}

/** The form-js form linked to the task, when the host returns one (GET /api/tasks/{id} → form). */
export interface TaskForm {
  key: string;
  version?: number | null;
  /** The form-js JSON; accepted as text too (see parseSchema). */
  schema: FormSchema | string;
}

export interface FormComponent {
  id?: string;
  key?: string;
  type: string;
  label?: string;
  description?: string;
  values?: { label: string; value: unknown }[];
  components?: FormComponent[];
  [other: string]: unknown;
}

export interface FormSchema {
  id?: string;
  components: FormComponent[];
  [other: string]: unknown;
}

/** A coded value with its names (src/Api/Features/Tasks/Case/CaseView.cs). */
export interface Named {
  code: string;
  zh: string;
  en: string;
}

export interface DeclaredBase {
  amount: number;
  monthlyAmount: number;
  rate: number;
  year: number;
  policyYear: number;
  lowerLimit: number;
  upperLimit: number;
  averageMonthlyWage: number;
  position: 'below' | 'lower' | 'within' | 'upper' | 'above';
  percentOfRange: number;
}

export interface CaseDeclaration {
  region?: Named | null;
  phone?: string | null;
  address?: string | null;
  insuranceTypes: Named[];
  bank?: { bank: Named; maskedAccount: string; holder: string } | null;
  contributionBase?: DeclaredBase | null;
  paymentFrequency?: Named | null;
  suspensionReason?: Named | null;
  effectiveMonth?: string | null;
  previousSuspension?: { month: string; reason?: Named | null; insuranceTypes: Named[] } | null;
}

export interface CasePerson {
  name: string;
  maskedIdNumber: string;
  sex: Named;
  birthDate: string;
  age: number;
  retirement: { month: string; originalAgeYears: number; delayMonths: number; ageYears: number; ageMonths: number; category: Named };
  contributions: {
    flexibleMonths: number;
    employerMonths: number;
    totalMonths: number;
    requiredMonths: number;
    shortfallMonths: number;
    monthsUntilRetirement: number;
    shortfallAtRetirementMonths: number;
  };
  status: Named;
  enrolledFrom?: string | null;
  activeInsuranceTypes: Named[];
  history: { month: string; kind: Named; to: Named; reason?: Named | null; insuranceTypes: Named[] }[];
  periods: { period: string; months: number; amount: number; status: Named; paidOn?: string | null }[];
  earlierCases: { applicationId: string; caseNumber?: string | null; type: Named; status: Named; createdAt: string }[];
  /** The national registry did not answer: employer months are only those already on the record. */
  registryUnavailable?: boolean;
}

export interface CheckLine {
  code: string;
  outcome: 'passed' | 'failed' | 'notApplicable';
  zh: string;
  en: string;
}

export interface ReviewRound {
  round: number;
  decision: Named;
  comment?: string | null;
  missingMaterials: Named[];
  decidedBy?: string | null;
  decidedAt: string;
}

export interface CaseView {
  applicationId: string;
  caseNumber: string;
  type: Named;
  status: Named;
  submittedAt?: string | null;
  declaration: CaseDeclaration;
  person: CasePerson;
  checks: { recorded: boolean; items: CheckLine[]; noteZh?: string | null; noteEn?: string | null };
  rounds: ReviewRound[];
  changesSinceLastRound?: {
    since: string;
    materialsAttached: { kind: Named; fileName: string; attachedAt: string; wasRequested: boolean }[];
    resubmittedAt?: string | null;
    requestedAllProvided: boolean;
  } | null;
  review: { decisions: Named[]; supplementMaterials: Named[] };
}

/** A journal entry with the element's name from the diagram (task detail only). */
export type NamedJournalItem = TaskDetail['journal'][number] & { nameZh?: string | null; nameEn?: string | null };

/** TaskDetail plus the form and the case the task detail carries; absent (undefined) on hosts without them. */
export type CaseTaskDetail = Omit<TaskDetail, 'journal'> & { form?: TaskForm | null; case?: CaseView | null; journal: NamedJournalItem[] };

/** The name of a coded value in the user's language. */
export const nameOf = (named: Named | null | undefined, language: string) => (named ? pick(language, named.zh, named.en) : '');

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export const caseApi = {
  materials: (taskId: string) => client.get<TaskMaterial[]>(`${path(taskId)}/materials`),
  diagram: (taskId: string) => client.get<TaskDiagram>(`${path(taskId)}/diagram`),
  materialFile: (m: Pick<TaskMaterial, 'applicationId' | 'materialId'>) =>
    client.blob(`/api/applications/${encodeURIComponent(m.applicationId)}/materials/${encodeURIComponent(m.materialId)}`),
  /** The applicant's full ID number; the host audits every reveal. */
  revealIdNumber: (taskId: string) => client.post<{ idNumber: string }>(`${path(taskId)}/case/id-number`),
  complete: (taskId: string, body: Record<string, unknown>) =>
    client.post<{ taskId: string; instanceId: string }>(`${path(taskId)}/complete`, body),
};
