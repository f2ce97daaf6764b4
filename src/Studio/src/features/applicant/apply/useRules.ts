import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../validation';

/** Turns a check from validation.ts into an antd rule whose message is the translated problem. */
export function useCheckRule() {
  const { t } = useTranslation();
  return (check: (value: never) => Problem | Problem[] | null): Rule => ({
    validator: async (_, value) => {
      const result = check(value as never);
      const problems = Array.isArray(result) ? result : result ? [result] : [];
      if (problems.length > 0) throw new Error(problems.map((p) => t(p.key, p.values)).join('；'));
    },
  });
}
