import { zhCN } from './zh-CN';
import { isChinese } from '../../../../i18n/language';

type Replacements = Record<string, string | number | undefined>;

function translator(dictionary: Record<string, string>) {
  // The same contract as diagram-js's default translate: templates with {placeholders}.
  return (template: string, replacements: Replacements = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (match, key: string) => String(replacements[key] ?? match));
}

/**
 * bpmn-js DI module that overrides `translate` for the Studio's language. The modeler reads it once when created,
 * so a language switch shows on the next visit to the modeler.
 */
export function translateModule(language: string) {
  return { translate: ['value', translator(isChinese(language) ? zhCN : {})] };
}
