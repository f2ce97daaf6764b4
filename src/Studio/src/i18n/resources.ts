import zhCN from './zh-CN.json';
import en from './en.json';

export type Tree = { [key: string]: string | Tree };

/**
 * Each feature keeps its strings beside its screens (`features/<name>/i18n/zh-CN.json` and `en.json`), so screens
 * written in parallel never edit the same file. The shared strings stay in this folder.
 */
const featureFiles = import.meta.glob<Tree>('../features/*/i18n/*.json', { eager: true, import: 'default' });

function merge(target: Tree, source: Tree, path: string, duplicates: string[]): Tree {
  for (const [name, value] of Object.entries(source)) {
    const existing = target[name];
    if (existing === undefined) {
      target[name] = typeof value === 'string' ? value : merge({}, value, `${path}${name}.`, duplicates);
    } else if (typeof existing === 'string' || typeof value === 'string') {
      duplicates.push(`${path}${name}`);
    } else {
      merge(existing, value, `${path}${name}.`, duplicates);
    }
  }
  return target;
}

function build(language: 'zh-CN' | 'en', base: Tree) {
  const duplicates: string[] = [];
  const tree = merge({}, base, '', duplicates);
  for (const [file, content] of Object.entries(featureFiles)) {
    if (file.endsWith(`/${language}.json`)) merge(tree, content, '', duplicates);
  }
  return { tree, duplicates };
}

const zh = build('zh-CN', zhCN as Tree);
const english = build('en', en as Tree);

export const translations = { 'zh-CN': zh.tree, en: english.tree };

/** Keys defined twice (across the shared file and the feature files); the translation test fails on any. */
export const duplicateKeys = { 'zh-CN': zh.duplicates, en: english.duplicates };
