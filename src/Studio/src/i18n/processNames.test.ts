import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translations, type Tree } from './resources';

/**
 * One service, one name on every screen: the process definition's name (workflows-definitions/*.bpmn, "中文 English",
 * the Chinese half being the service's name in 新疆智慧人社) is what the inbox, the case view, the instances, the
 * applicant's 我要办 and the reports call it.
 */
const definitions = join(__dirname, '..', '..', '..', '..', 'workflows-definitions');
const services = [
  { file: 'new-enrollment.bpmn', key: 'newEnrollment', type: 'NewEnrollment' },
  { file: 'resumption.bpmn', key: 'resumption', type: 'Resumption' },
  { file: 'suspension.bpmn', key: 'suspension', type: 'Suspension' },
];

function definitionName(file: string): { zh: string; en: string } {
  const xml = readFileSync(join(definitions, file), 'utf8');
  const name = /<bpmn:process [^>]*name="([^"]+)"/.exec(xml)![1];
  const latin = name.search(/[A-Za-z]/);
  return { zh: name.slice(0, latin).trim(), en: name.slice(latin).trim() };
}

function at(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}

describe('service names', () => {
  it.each(services)('$type is named as its definition on every screen', ({ file, key, type }) => {
    const name = definitionName(file);
    for (const [language, expected] of [['zh-CN', name.zh], ['en', name.en]] as const) {
      const tree = translations[language];
      expect(at(tree, `process.${key}`), `${language} process.${key}`).toBe(expected);
      expect(at(tree, `applicationType.${type}`), `${language} applicationType.${type}`).toBe(expected);
      expect(at(tree, `reports.service.${type}`), `${language} reports.service.${type}`).toBe(expected);
      expect(at(tree, `applicant.service.${type}.title`), `${language} applicant.service.${type}.title`).toBe(expected);
    }
  });
});
