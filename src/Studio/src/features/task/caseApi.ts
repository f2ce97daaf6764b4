import { client } from '../../api/api';
import type { TaskDetail } from '../../api/types';

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

/** TaskDetail plus the form the API engineer adds in parallel; absent (undefined) on hosts without it. */
export type CaseTaskDetail = TaskDetail & { form?: TaskForm | null };

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export const caseApi = {
  materials: (taskId: string) => client.get<TaskMaterial[]>(`${path(taskId)}/materials`),
  diagram: (taskId: string) => client.get<TaskDiagram>(`${path(taskId)}/diagram`),
  materialFile: (m: Pick<TaskMaterial, 'applicationId' | 'materialId'>) =>
    client.blob(`/api/applications/${encodeURIComponent(m.applicationId)}/materials/${encodeURIComponent(m.materialId)}`),
  complete: (taskId: string, body: Record<string, unknown>) =>
    client.post<{ taskId: string; instanceId: string }>(`${path(taskId)}/complete`, body),
};
