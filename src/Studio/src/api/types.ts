/** Shapes of the API's responses (src/Api/Features), camelCase as the host writes them. */

export interface Me {
  userName: string;
  displayName: string;
  roles: string[];
  groups: string[];
  maskedIdNumber?: string | null;
}

export type TaskScope = 'mine' | 'followUp' | 'available' | 'done' | 'overdue';

/** UserTaskStatus in the engine. */
export type TaskStatus = 'Created' | 'Completed' | 'Cancelled';

export interface TaskSummary {
  id: string;
  instanceId: string;
  elementId: string;
  name: string;
  processKey: string;
  processVersion: number;
  /** The process's name as deployed ("会签审核 Countersign review"), for processes the Studio has no text of its own for. */
  processName?: string | null;
  businessKey?: string | null;
  formKey?: string | null;
  assignee?: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  createdAt: string;
  dueAt?: string | null;
  /** camunda:priority, higher is more urgent (50 unless the model says otherwise). */
  priority?: number;
  status: TaskStatus;
  endedAt?: string | null;
  completedBy?: string | null;
  /** The case behind the task in inbox lists (null for processes that are not applications). */
  case?: CaseLabel | null;
  /** When the assignee looks at it again; until then it is in "follow-up", not "mine". */
  followUpAt?: string | null;
  /** Who delegated it and gets it back on resolve. */
  owner?: string | null;
  delegation?: 'Pending' | 'Resolved' | null;
  /** Done list only: the decision and when. */
  outcome?: { decision?: 'approve' | 'reject' | 'supplement' | null; at: string } | null;
}

export interface CaseLabel {
  caseNumber: string;
  applicantName: string;
  applicationType: string;
}

export interface TaskPage {
  items: TaskSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface JournalItem {
  sequence: number;
  elementId: string;
  elementType: string;
  event: string;
  actor?: string | null;
  at: string;
  data?: unknown;
  /** The element's name from the diagram in each language (task detail and instance view); absent when unnamed. */
  nameZh?: string | null;
  nameEn?: string | null;
}

export interface TaskDetail {
  task: TaskSummary;
  instanceStatus: string;
  variables: Record<string, unknown>;
  journal: JournalItem[];
}

export type Decision = 'approve' | 'reject' | 'supplement';

export interface CompleteTaskBody {
  decision: Decision;
  comment?: string;
  missingMaterials?: string[];
}

export interface ReferenceItem {
  code: string;
  nameZh: string;
  nameEn: string;
}
