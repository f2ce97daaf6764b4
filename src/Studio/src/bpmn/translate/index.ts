import { listenerLabels, zhCN } from './zh-CN';
import { isChinese } from '../../i18n/language';
import { translateDom, type DomTranslator } from '../../i18n/domTranslator';

type Replacements = Record<string, string | number | undefined>;

/** diagram-js's translate contract: an English template with {placeholders}, in the language of the moment. */
export function translator(language: () => string) {
  return (template: string, replacements: Replacements = {}) => {
    const chinese = isChinese(language());
    return ((chinese ? zhCN[template] : undefined) ?? template).replace(/{([^}]+)}/g, (match, key: string) => {
      const value = replacements[key];
      // A listener's event ("Create") arrives untranslated inside "{eventType}: {type}".
      const shown = chinese && typeof value === 'string' ? (zhCN[`${key}:${value}`] ?? zhCN[value] ?? value) : value;
      return String(shown ?? match);
    });
  };
}

/** The properties panel's own chrome (toggles, list counts) that @bpmn-io/properties-panel writes without translate. */
export function translatePanel(panel: HTMLElement, language: () => string): DomTranslator {
  const dictionary = { ...zhCN, ...listenerLabels };
  return translateDom(panel, () => (isChinese(language()) ? dictionary : null), '.bio-properties-panel-header-label');
}

/**
 * bpmn-js DI module that overrides `translate`. It asks for the language on every call, so after a switch
 * `retranslate` only has to redraw what bpmn-js drew before it.
 */
export function translateModule(language: () => string) {
  return { translate: ['value', translator(language)] };
}

interface Services {
  get<T>(name: string, strict?: boolean): T;
}

/** Redraws the texts bpmn-js keeps after drawing them once: the palette, open menus and the properties panel. */
export function retranslate(modeler: Services) {
  modeler.get<{ _rebuild(): void }>('palette', false)?._rebuild();
  modeler.get<{ close(): void }>('popupMenu', false)?.close();
  const contextPad = modeler.get<{ isOpen(): boolean; close(): void; open(target: unknown, force?: boolean): void; _current?: { target: unknown } }>('contextPad', false);
  const target = contextPad?._current?.target;
  if (contextPad && target) contextPad.open(target, true);
  modeler.get<{ fire(event: string): void }>('eventBus').fire('propertiesPanel.providersChanged');
}
