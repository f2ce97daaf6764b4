import { zhCN } from './zh-CN';
import { isChinese } from '../../../../i18n/language';

type Replacements = Record<string, string | number | undefined>;

function translator(dictionary: Record<string, string>) {
  return (template: string, replacements: Replacements = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (match, key: string) => String(replacements[key] ?? match));
}

/** dmn-js DI module overriding `translate` (the same contract as diagram-js's) for the Studio's language. */
export function translateModule(language: string) {
  return { translate: ['value', translator(isChinese(language) ? zhCN : {})] };
}
