import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { MaterialUploader } from './MaterialUploader';

const upload = vi.fn();
vi.mock('./api', () => ({ applicantApi: { upload: (...args: unknown[]) => upload(...args) } }));

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function setup() {
  const onUploaded = vi.fn();
  render(<MaterialUploader applicationId="a1" kind="IdCardFront" onUploaded={onUploaded} />);
  const input = screen.getByTestId('material-input-IdCardFront') as HTMLInputElement;
  const choose = (file: File) => fireEvent.change(input, { target: { files: [file] } });
  return { onUploaded, choose };
}

describe('MaterialUploader', () => {
  it('AFileThatIsNotWhatItsNameSays_IsRefusedWithoutUploading', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    upload.mockReset();
    const { choose, onUploaded } = setup();

    // When
    choose(new File([new TextEncoder().encode('MZ not an image')], 'photo.png', { type: 'image/png' }));

    // Then
    expect(await screen.findByText('文件内容不是有效的 JPEG、PNG 或 PDF')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('AFileOver10MB_IsRefusedWithoutUploading', async () => {
    await i18n.changeLanguage('en');
    upload.mockReset();
    const { choose } = setup();
    const big = new File([png], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });

    choose(big);

    expect(await screen.findByText('The file must be at most 10 MB')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it('AValidPng_IsUploadedForItsKind', async () => {
    await i18n.changeLanguage('zh-CN');
    upload.mockReset().mockResolvedValue({ materialId: 'm1', kind: 'IdCardFront', contentType: 'image/png', size: 8 });
    globalThis.URL.createObjectURL ??= () => 'blob:preview';
    globalThis.URL.revokeObjectURL ??= () => {};
    const { choose, onUploaded } = setup();
    const file = new File([png], 'front.png', { type: 'image/png' });

    choose(file);

    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    expect(upload).toHaveBeenCalledWith('a1', 'IdCardFront', file);
  });
});
