import type { Policy } from './types';

/**
 * Client-side checks that mirror the server's rules (src/Domain: BankAccount, PersonName, MobilePhone, Money,
 * PolicyYear.CheckBase, MaterialFiles, SuspensionRules), so the applicant hears about a mistake on the step where it
 * was made. The server still decides: anything these miss comes back as a 400 and is mapped by serverErrors.ts.
 * Each check returns a translation key (with values) rather than text, so the rules stay testable without i18n.
 */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

export const maxAddressLength = 200;
export const maxFileBytes = 10 * 1024 * 1024;
export const acceptedFileTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AcceptedFileType = (typeof acceptedFileTypes)[number];
/** The file input's accept attribute: the three types by MIME and extension (some phones report no MIME type). */
export const fileAccept = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';

/** PersonName.Normalise: trimmed, with the look-alike middle dots of minority names unified. */
export function normaliseName(name: string | undefined | null): string {
  return (name ?? '').trim().replace(/[•．.・]/g, '·');
}

export function accountDigits(number: string | undefined | null): string {
  return (number ?? '').replace(/ /g, '');
}

/** BankAccount.TryCreate: 16 to 19 digits, spaces allowed for readability. */
export function checkAccountNumber(number: string | undefined | null): Problem | null {
  const digits = accountDigits(number);
  if (digits.length === 0) return { key: 'applicant.validation.accountNumberRequired' };
  return /^\d{16,19}$/.test(digits) ? null : { key: 'applicant.validation.accountNumber' };
}

/** The 税银协议 must use the payer's own card: the holder's name equals the applicant's (DOMAIN-SOURCES §6.2). */
export function checkAccountName(holder: string | undefined | null, applicantName: string | undefined | null): Problem | null {
  const name = normaliseName(holder);
  if (name.length === 0) return { key: 'applicant.validation.accountNameRequired' };
  return name === normaliseName(applicantName) ? null : { key: 'applicant.validation.accountNameMismatch', values: { name: applicantName ?? '' } };
}

/** MobilePhone.TryCreate: 11 digits starting 13–19; spaces, dashes and +86 are tolerated. */
export function checkPhone(phone: string | undefined | null): Problem | null {
  let value = (phone ?? '').trim().replace(/[ -]/g, '');
  if (value.length === 0) return { key: 'applicant.validation.phoneRequired' };
  if (value.startsWith('+86')) value = value.slice(3);
  return /^1[3-9]\d{9}$/.test(value) ? null : { key: 'applicant.validation.phone' };
}

export function checkAddress(address: string | undefined | null): Problem | null {
  const value = (address ?? '').trim();
  if (value.length === 0) return { key: 'applicant.validation.addressRequired' };
  return value.length > maxAddressLength ? { key: 'applicant.validation.addressTooLong', values: { max: maxAddressLength } } : null;
}

/** Money + ContributionBase + PolicyYear.CheckBase: positive, to the fen, within the year's limits, a grade when the year has fixed grades. */
export function checkBase(base: number | undefined | null, policy: Pick<Policy, 'effectiveYear' | 'baseLowerLimit' | 'baseUpperLimit' | 'gradeMode' | 'gradeAmounts'> | undefined): Problem[] {
  if (base === undefined || base === null || Number.isNaN(base)) return [{ key: 'applicant.validation.baseRequired' }];
  if (base <= 0) return [{ key: 'applicant.validation.basePositive' }];
  // Compared with a tolerance: 19593.01 * 100 is 1959301.0000000002 in binary floating point.
  if (Math.abs(Math.round(base * 100) - base * 100) > 1e-6) return [{ key: 'applicant.validation.baseFen' }];
  if (!policy) return [];
  const problems: Problem[] = [];
  if (base < policy.baseLowerLimit || base > policy.baseUpperLimit) {
    problems.push({
      key: 'applicant.validation.baseRange',
      values: { year: policy.effectiveYear, min: policy.baseLowerLimit, max: policy.baseUpperLimit },
    });
  }
  if (policy.gradeMode === 'Fixed' && !policy.gradeAmounts.includes(base)) {
    problems.push({ key: 'applicant.validation.baseGrade', values: { grades: policy.gradeAmounts.join(' / ') } });
  }
  return problems;
}

/** Contribution = base × rate, rounded to the fen (ApplicationDetailsView.Monthly). */
export function monthlyAmount(base: number | undefined | null, rate: number | undefined): number | null {
  if (!base || base <= 0 || rate === undefined) return null;
  return Math.round(base * rate * 100) / 100;
}

function typeByName(name: string): AcceptedFileType | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return 'image/jpeg';
  if (lower.endsWith('.png')) return 'image/png';
  if (lower.endsWith('.pdf')) return 'application/pdf';
  return null;
}

/** Before reading a byte: the declared type (or the extension when the phone declares none) and the size. */
export function checkFile(file: { name: string; type: string; size: number }): Problem | null {
  const declared = file.type ? (acceptedFileTypes as readonly string[]).includes(file.type) : typeByName(file.name) !== null;
  if (!declared) return { key: 'applicant.validation.fileType' };
  if (file.size === 0) return { key: 'applicant.validation.fileEmpty' };
  if (file.size > maxFileBytes) return { key: 'applicant.validation.fileTooLarge', values: { max: 10 } };
  return null;
}

/** MaterialFiles.Sniff: JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF — what the server will accept, by content. */
export function sniff(head: Uint8Array): AcceptedFileType | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png';
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'application/pdf';
  return null;
}

function readHead(file: Blob): Promise<Uint8Array> {
  const slice = file.slice(0, 8);
  if (typeof slice.arrayBuffer === 'function') return slice.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(slice);
  });
}

/** The full client check of a chosen file: type and size first, then its first bytes (a renamed .exe is refused here, not after the upload). */
export async function checkFileContent(file: File): Promise<{ problem: Problem | null; type: AcceptedFileType | null }> {
  const problem = checkFile(file);
  if (problem) return { problem, type: null };
  const type = sniff(await readHead(file));
  return type ? { problem: null, type } : { problem: { key: 'applicant.validation.fileContent' }, type: null };
}

export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** SuspensionRules: the change month is yyyy-MM and at most one month ahead (earlier bounds need the record: the server checks). */
export function checkEffectiveMonth(month: string | undefined | null, now = currentMonth()): Problem | null {
  if (!month) return { key: 'applicant.validation.monthRequired' };
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return { key: 'applicant.validation.month' };
  const latest = addMonths(now, 1);
  return month > latest ? { key: 'applicant.validation.monthTooFarAhead', values: { latest } } : null;
}

/** The grade choices (档次) of a year: each grade × the average wage, rounded to the yuan and kept within the limits (PolicyYear.GradeAmounts). */
export function gradeOptions(policy: Pick<Policy, 'averageMonthlyWage' | 'baseLowerLimit' | 'baseUpperLimit' | 'grades'>): { grade: number; amount: number }[] {
  const seen = new Set<number>();
  const options: { grade: number; amount: number }[] = [];
  for (const grade of policy.grades) {
    const raw = Math.round(policy.averageMonthlyWage * grade);
    const amount = Math.min(Math.max(raw, policy.baseLowerLimit), policy.baseUpperLimit);
    if (!seen.has(amount)) {
      seen.add(amount);
      options.push({ grade, amount });
    }
  }
  return options.sort((a, b) => a.amount - b.amount);
}
