import type { ApplicationType } from './types';

/** The steps of the official forms: basic info → rights info (or the suspension details) → materials → review. */
export type StepKey = 'basic' | 'rights' | 'materials' | 'review';

/** Only a new enrollment asks for materials (NewEnrollmentDetails.RequiredMaterials); the other two have none. */
export function stepsFor(type: ApplicationType): StepKey[] {
  return type === 'NewEnrollment' ? ['basic', 'rights', 'materials', 'review'] : ['basic', 'rights', 'review'];
}

/** Form fields as antd name paths. */
export type FieldPath = string | [string, string];
