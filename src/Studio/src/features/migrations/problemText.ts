import type { TFunction } from 'i18next';
import { codeText } from '../errors/problemText';
import type { MigrationProblem } from './api';

/**
 * A plan or instance problem in the user's language: from its code in the error catalog, with the element named
 * rather than its id; the server's own text (already in the request's language) when the catalog text would be left
 * with an argument nobody filled in.
 */
export function migrationProblemText(t: TFunction, language: string, problem: MigrationProblem, elementName: (id: string) => string): string {
  const element = problem.elementId ? elementName(problem.elementId) : '';
  const args = { element, elementId: element, elementName: element, ...problem.args };
  const text = codeText(t, language, { code: problem.code, args }, problem.message);
  return /\{\{\w+\}\}/.test(text) ? problem.message : text;
}
