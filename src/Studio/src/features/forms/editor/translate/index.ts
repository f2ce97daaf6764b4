import { isChinese } from '../../../../i18n/language';
import { translateDom, type DomTranslator } from '../../../../i18n/domTranslator';
import { zhCN } from './zh-CN';

/** The form canvas's user data (labels, descriptions, texts and options of the form being edited) is never rewritten. */
const userData = '.fjs-form-field-label, .fjs-form-field-description, .fjs-form-field-text, .fjs-form-field-html, .fjs-form-field option, .fjs-form-field-grouplist, .fjs-form-field-checklist label, .fjs-form-field-radio label';

/** Keeps form-js's editor in the Studio's language, asking for the language each time it rewrites. */
export function translateFormEditor(container: HTMLElement, language: () => string): DomTranslator {
  return translateDom(container, () => (isChinese(language()) ? zhCN : null), userData);
}
