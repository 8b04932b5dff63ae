import { describe, expect, it } from 'vitest';
import { packJson } from '../../../build/content/pack-json';

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

describe('packJson', () => {
  it("writes the few characters beyond ASCII of an English pack as escapes, which parse back as they were", () => {
    const pack = { title: 'Caf\u00e9\u2019s log-in \u2014 na\u00efve? \u{1f6a2}', body: 'Plain words. '.repeat(300) };
    const { text, json } = packJson(pack);
    expect(json(pack)).toBe(text);
    expect(isAscii(text)).toBe(true);
    expect(text).toContain('Caf\\u00e9\\u2019s');
    // A character beyond the first plane goes as its two halves, which JSON reads back as one.
    expect(text).toContain('\\ud83d\\udea2');
    expect(JSON.parse(text)).toEqual(pack);
  });

  it("writes each of the pack's files the pack's way: a small file thick with accents escaped too", () => {
    const pack = { words: ['caf\u00e9', 'na\u00efve'], body: 'Plain words. '.repeat(300) };
    expect(packJson(pack).json(pack.words)).toBe('["caf\\u00e9","na\\u00efve"]');
  });

  it('leaves a pack mostly beyond ASCII as written, and pure ASCII as JSON.stringify writes it', () => {
    const japanese = { title: '\u30ed\u30b0\u30a4\u30f3\u3067\u304d\u307e\u305b\u3093', body: '\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\u3092\u767b\u9332\u3057\u307e\u3059\u3002'.repeat(20) };
    expect(packJson(japanese).text).toBe(JSON.stringify(japanese));
    expect(packJson(japanese).json(japanese.title)).toBe(JSON.stringify(japanese.title));
    const plain = { title: 'Log in', html: '<p>"Quoted" \\ back</p>' };
    expect(packJson(plain).text).toBe(JSON.stringify(plain));
  });

  it('escapes while the escapes add at most 1% to the text, then stops', () => {
    const withAccents = (count: number) => ({ text: `${'\u00e9'.repeat(count)}${'a'.repeat(1000)}` });
    // Each escape is five characters more than the one it replaces: 2 of them add 10 to about 1,015, 3 add 15.
    const written = (pack: { text: string }) => packJson(pack).text;
    expect(isAscii(written(withAccents(2)))).toBe(true);
    expect(isAscii(written(withAccents(3)))).toBe(false);
  });
});
