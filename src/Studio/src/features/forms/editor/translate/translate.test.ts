import { describe, expect, it } from 'vitest';
import { translateDom, translateText } from '../../../../i18n/domTranslator';
import { zhCN } from './zh-CN';

describe('the form editor in Chinese', () => {
  it('has a Chinese name for every component of the palette', () => {
    const labels = [
      'Input', 'Selection', 'Presentation', 'Containers', 'Action', 'Text field', 'Text area', 'Number', 'Date time',
      'Checkbox', 'Checkbox group', 'Radio group', 'Select', 'Tag list', 'Text view', 'Image view', 'Table', 'HTML view',
      'Document preview', 'Spacer', 'Separator', 'Group', 'Dynamic list', 'iFrame', 'Button', 'File picker', 'Expression',
    ];
    expect(labels.filter((label) => zhCN[label] === undefined)).toEqual([]);
  });

  it('writes Chinese without English words (only proper names and notations stay Latin)', () => {
    const allowed = new Set(['ID', 'HTML', 'URL', 'ISO', 'data', 'URI', 'type', 'count']);
    const english = Object.values(zhCN).flatMap((text) => text.match(/[A-Za-z]+/g) ?? []).filter((word) => !allowed.has(word));
    expect(english).toEqual([]);
  });

  it('translates whole texts and templates, keeping the surrounding spaces', () => {
    expect(translateText(' General ', zhCN)).toBe(' 常规 ');
    expect(translateText('List contains 2 items', zhCN)).toBe('列表有 2 项');
    expect(translateText('申请人姓名', zhCN)).toBeNull();
  });

  it('rewrites the library texts in place, back and forth, and leaves the user data alone', async () => {
    // Given
    const root = document.createElement('div');
    root.innerHTML = '<span class="group">General</span><input placeholder="Search components"><label class="fjs-form-field-label">Label</label>';
    let language = 'zh-CN';
    const words = translateDom(root, () => (language === 'zh-CN' ? zhCN : null), '.fjs-form-field-label');

    // Then
    expect(root.querySelector('.group')!.textContent).toBe('常规');
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('搜索组件');
    expect(root.querySelector('.fjs-form-field-label')!.textContent).toBe('Label');

    // When the library draws a new text, it is translated too
    root.insertAdjacentHTML('beforeend', '<span class="later">Validation</span>');
    await Promise.resolve();
    expect(root.querySelector('.later')!.textContent).toBe('校验');

    // When the user switches to English
    language = 'en';
    words.refresh();
    expect(root.querySelector('.group')!.textContent).toBe('General');
    expect(root.querySelector('.later')!.textContent).toBe('Validation');
    words.disconnect();
  });
});
