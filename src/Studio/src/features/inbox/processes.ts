/** Process keys of the deployed definitions (workflows-definitions/*.bpmn); names come from i18n `process.<key>`. */
export const processKeys = ['newEnrollment', 'resumption', 'suspension'] as const;
