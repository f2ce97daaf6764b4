import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, translations, type Tree } from './resources';

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === 'string' ? [`${prefix}${name}`] : keys(value, `${prefix}${name}.`),
  );
}

const srcDir = join(__dirname, '..');
const zhKeys = new Set(keys(translations['zh-CN']));
const enKeys = new Set(keys(translations.en));

/** Every literal key passed to t('...') in the screens (src/**\/*.tsx, tests excluded). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx') && !f.includes('.test.'));
  for (const file of files) {
    const text = readFileSync(join(srcDir, file), 'utf8');
    for (const match of text.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)) used.set(match[1], relative(srcDir, join(srcDir, file)));
  }
  return used;
}

describe('translations', () => {
  it('NoKey_IsDefinedTwice', () => {
    expect(duplicateKeys).toEqual({ 'zh-CN': [], en: [] });
  });

  it('EveryKey_IsInBothLanguages', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k)), 'in zh-CN.json but not en.json').toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k)), 'in en.json but not zh-CN.json').toEqual([]);
  });

  it('EveryKeyUsedInTheSource_IsTranslated', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([k]) => !zhKeys.has(k) || !enKeys.has(k)).map(([k, file]) => `${k} (${file})`);
    expect(missing).toEqual([]);
  });

  it('KeysBuiltFromCodes_AreTranslated', async () => {
    // Keys built with template literals cannot be found by the scan: list their codes here.
    const { processKeys } = await import('../features/inbox/processes');
    const { materialKinds } = await import('../features/task/materials');
    const { applicationTypes, knownVariables } = await import('../features/task/caseData');
    const { applicantBuiltKeys } = await import('../features/applicant/i18nKeys');
    const { issueCodes } = await import('../features/definitions/modeler/issues');
    const { stateFilters, bookmarkKinds } = await import('../features/instances/format');
    const built = [
      ...processKeys.map((k) => `process.${k}`),
      ...materialKinds.map((k) => `material.${k}`),
      ...knownVariables.map((k) => `variable.${k}`),
      ...applicationTypes.map((k) => `applicationType.${k}`),
      ...['mine', 'available', 'done'].map((k) => `inbox.scope.${k}`),
      ...['approve', 'reject', 'supplement'].map((k) => `review.decisions.${k}`),
      ...['Created', 'Completed', 'Cancelled'].map((k) => `taskStatus.${k}`),
      ...['Active', 'Completed', 'Terminated', 'Cancelled'].map((k) => `instanceStatus.${k}`),
      ...['applicant', 'reviewer', 'admin'].map((k) => `role.${k}`),
      ...applicantBuiltKeys,
      ...issueCodes.map((k) => `definitions.issueCode.${k}`),
      ...stateFilters.map((k) => `instances.filter.${k}`),
      ...bookmarkKinds.map((k) => `instances.bookmarkKind.${k}`),
      ...(await import('../features/inbox/dueFilter')).duePresets.map((k) => `inboxDue.${k}`),
      ...['required', 'minLength', 'maxLength', 'min', 'max', 'pattern', 'email', 'number'].map((k) => `taskCase.validation.${k}`),
    ];
    expect(built.filter((k) => !zhKeys.has(k) || !enKeys.has(k))).toEqual([]);
  });
});
