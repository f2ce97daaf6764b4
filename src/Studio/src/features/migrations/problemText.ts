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
export function migrationProblemText(
  t: TFunction,
  language: string,
  problem: MigrationProblem,
  elementName: (id: string) => string,
  context: Record<string, unknown> = {},
): string {
  const element = problem.elementId ? elementName(problem.elementId) : '';
  // `context` carries what the screen knows and the problem leaves out, such as the target version.
  const args: Record<string, unknown> = { ...context, element, elementId: element, elementName: element };
  for (const [name, value] of Object.entries(problem.args ?? {})) {
    // Kinds arrive as the engine spells them (userTask), states as its enum (Completed), names in both languages
    // ("审核 Review"): show them in the reader's. A target element arrives as its id, which only the server can name
    // (it knows the target version): left empty, the server's text is used.
    if (typeof value !== 'string') args[name] = value;
    else if (name === 'target') args[name] = '';
    else if (name === 'element') args[name] = localizeName(elementName(value), language);
    else if (/kind$/i.test(name)) args[name] = kindLabel(t, value, isChinese(language));
    else if (name === 'status') args[name] = t(`instanceStatus.${value}`, { defaultValue: value });
    else args[name] = localizeName(value, language);
  }
  // A catalog text whose arguments the problem does not carry (the dry run sends none beyond the element) would show
  // gaps: the server's text, rendered in the request's language with every argument, reads better then.
  const template = t(`errors.${problem.code}`, { defaultValue: '', skipInterpolation: true });
  const needed = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  if (!problem.code || !template || needed.some((name) => args[name] === undefined || args[name] === '')) return problem.message || template;
  return codeText(t, language, { code: problem.code, args }, problem.message);
}
