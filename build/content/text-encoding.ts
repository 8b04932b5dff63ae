import type { ContentError } from './content-error';

// `fatal` makes invalid UTF-8 an exception instead of U+FFFD, which would otherwise reach visitors as "�".
// A UTF-8 byte-order mark is dropped by the decoder (ignoreBOM is false), so files saved "with BOM" just work.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

const SAVE_AS_UTF8 =
  'Save the file as UTF-8: in most editors "Save with Encoding" or "Save As" > Encoding > UTF-8 (with or without BOM).';

const NEWLINE = 0x0a;

function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === NEWLINE) line++;
  return line;
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The first line that is not valid UTF-8, with a short excerpt; a newline byte is never part of a multi-byte character. */
function firstInvalidLine(bytes: Uint8Array): { line: number; excerpt: string } {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const lineBytes = bytes.subarray(start, end === -1 ? bytes.length : end);
    try {
      STRICT_UTF8.decode(lineBytes);
    } catch {
      const text = LENIENT_UTF8.decode(lineBytes);
      const at = Math.max(0, text.indexOf('\uFFFD') - 20);
      return { line, excerpt: text.slice(at, at + 40).trim() };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { line: 1, excerpt: '' };
}

/**
 * The encoding and text of a file saved as Shift_JIS (the default of some Japanese editors on Windows) or EUC-JP
 * (older Unix tools: a stranger's try as an editor was told it was Latin-1), if it reads as one and holds kana;
 * Latin-1 text almost never does, nor does EUC-JP read as Shift_JIS (its kana's bytes are not Shift_JIS kana's).
 */
function japaneseText(bytes: Uint8Array): [string, string] | undefined {
  for (const encoding of ['Shift_JIS', 'EUC-JP']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (/[\u3041-\u30FF]/.test(text)) return [encoding, text];
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/**
 * An editor file's text from its bytes, or why it cannot be read as UTF-8: a UTF-16 file (told by its byte-order
 * mark, or by the NUL bytes UTF-16 puts in every ASCII character) or one in a legacy encoding such as Latin-1.
 * Text already decoded is taken as it is. Line endings become "\n", so every later check counts lines alike.
 */
export function decodeEditorFile(file: string, source: string | Uint8Array): string | ContentError {
  if (typeof source === 'string') return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (hasUtf16ByteOrderMark(source)) {
    return { file, line: 1, message: 'the file is saved as UTF-16, not UTF-8', hint: SAVE_AS_UTF8 };
  }
  const nul = source.indexOf(0);
  if (nul !== -1) {
    return {
      file,
      line: lineAtByte(source, nul),
      message: 'the file contains NUL bytes: it is probably saved as UTF-16 (or is not a text file at all)',
      hint: SAVE_AS_UTF8,
    };
  }
  try {
    return decodeEditorFile(file, STRICT_UTF8.decode(source));
  } catch {
    const { line, excerpt } = firstInvalidLine(source);
    const [encoding, text] = japaneseText(source) ?? [];
    const japanese = text?.split('\n')[line - 1];
    if (japanese) return { file, line, message: `the file is saved as ${encoding}, not UTF-8: "${japanese.trim().slice(0, 40)}"`, hint: SAVE_AS_UTF8 };
    return {
      file,
      line,
      message: `the file is not valid UTF-8 (it was probably saved as Latin-1 or Windows-1252), near "${excerpt}"`,
      hint: `${SAVE_AS_UTF8} Then check that accented letters on this line look right.`,
    };
  }
}
