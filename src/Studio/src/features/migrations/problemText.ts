import type { TFunction } from 'i18next';
import { localizeName } from '../../api/ApiError';
import { isChinese } from '../../i18n/language';
import { codeText } from '../errors/problemText';
import { kindLabel } from './mapping';
import type { MigrationProblem } from './api';

/**
 * A plan or instance problem in the user's language: from its code in the error catalog, with the element named
 * rather than its id; the server's own text (already in the request's language) when the catalog text would be left
 * with an argument nobody filled in.
 */
export function migrationProblemText(t: TFunction, language: string, problem: MigrationProblem, elementName: (id: string) => string): string {
  const element = problem.elementId ? elementName(problem.elementId) : '';
  const args: Record<string, unknown> = { element, elementId: element, elementName: element };
  for (const [name, value] of Object.entries(problem.args ?? {})) {
    // Kinds arrive as the engine spells them (userTask), names in both languages ("审核 Review"): show them in the reader's.
    args[name] = typeof value !== 'string' ? value : /kind$/i.test(name) ? kindLabel(t, value, isChinese(language)) : localizeName(value, language);
  }
  const text = codeText(t, language, { code: problem.code, args }, problem.message);
  return /\{\{\w+\}\}/.test(text) ? problem.message : text;
}
