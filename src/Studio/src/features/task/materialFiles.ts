import type { TaskMaterial } from './caseApi';

/** How a material is shown: images inline with a zoomable preview, PDFs in a viewer, anything else as a download. */
export type MaterialView = 'image' | 'pdf' | 'file';

/** By the type the host sniffed from the bytes; the file name decides only when the host could not read the file. */
export function materialView(m: Pick<TaskMaterial, 'contentType' | 'fileName'>): MaterialView {
  const type = m.contentType ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (!type && /\.(jpe?g|png)$/i.test(m.fileName)) return 'image';
  if (!type && /\.pdf$/i.test(m.fileName)) return 'pdf';
  return 'file';
}

/** 1 023 B, 12.3 KB, 4.5 MB (binary units, as file managers on the reviewers' PCs show them). */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Saves a blob under the material's own file name; the object URL is revoked once the browser has taken it. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The file name a person reads. The host names a stored file after its material kind (HouseholdRegister.pdf), which
 * is a code: such a name reads as the kind's name with the file's extension (户口本复印件.pdf); any other name as is.
 */
export function materialFileName(fileName: string, kind: string, kindName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return base === kind ? `${kindName}${dot > 0 ? fileName.slice(dot) : ''}` : fileName;
}
