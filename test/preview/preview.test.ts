import { describe, expect, it } from 'vitest';
import { preview } from '../../src/index.js';

describe('preview', () => {
  it('gives the plain configuration alone without options', () => {
    expect(preview('Test message.')).toEqual({
      originalText: 'Test message.',
      previews: [{ textPreview: 'Test message.', messageCount: 1, charactersRemaining: 147, configuration: {} }],
    });
  });

  it('gives plain, language, transliteration and both, in that order', () => {
    const text = "Şişli'de güzel bir gün";
    const result = preview(text, { languageCode: 'TR', transliteration: 'TURKISH' });
    expect(result.originalText).toBe(text);
    const [plain, language, transliterated, both] = result.previews;
    expect(plain).toMatchObject({ textPreview: text, messageCount: 1, charactersRemaining: 70 - 22, configuration: {} });
    expect(language?.configuration.language?.languageCode).toBe('TR');
    expect(language?.messageCount).toBe(1);
    expect(transliterated).toMatchObject({
      textPreview: "Sisli'de güzel bir gün",
      messageCount: 1,
      charactersRemaining: 160 - 22,
      configuration: { transliteration: 'TURKISH' },
    });
    expect(both?.configuration).toMatchObject({ language: { languageCode: 'TR' }, transliteration: 'TURKISH' });
  });

  it('shows what a language saves on a long text', () => {
    const long = "Şişli'de güzel bir gün ".repeat(7);
    const [plain, withTables] = preview(long, { languageCode: 'TR' }).previews;
    expect(plain?.messageCount).toBe(3);
    expect(withTables?.messageCount).toBe(2);
  });

  it('AUTODETECT tries every language', () => {
    const [, auto] = preview('नमस्ते, आप कैसे हैं? '.repeat(5), { languageCode: 'AUTODETECT' }).previews;
    expect(auto?.configuration.language).toMatchObject({ languageCode: 'AUTODETECT', lockingShiftCode: 'hi' });
  });

  it.each([
    ['an unknown language', { languageCode: 'XX' }, RangeError],
    ['a number as language', { languageCode: 1 }, TypeError],
    ['an unknown profile', { transliteration: 'KLINGON' }, RangeError],
    ['a list of profiles', { transliteration: ['smart'] }, TypeError],
  ])('rejects %s', (_name, options, error) => {
    expect(() => preview('x', options as never)).toThrow(error);
  });
});
