/** Bytes → text: binary sniffing and decoding (BOM, UTF-8, else windows-1252), never throwing on odd encodings. */

import { ArticleRejectedError } from '../errors';

/** Signatures of binary formats people feed to text tools by mistake. */
const SIGNATURES: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'ZIP (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { kind: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { kind: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { kind: 'MS Office (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'RIFF (WebP/WAV/AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { kind: 'ID3 (MP3)', bytes: [0x49, 0x44, 0x33] },
];

/** How many leading bytes are inspected for NULs and control characters. */
const SNIFF_BYTES = 8192;
/** Control characters (other than tab, newline, CR, form feed) above this share mean binary. */
const MAX_CONTROL_SHARE = 0.1;

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** What binary format the bytes are (e.g. "PDF", "NUL bytes"), or null when they can be text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const { kind, bytes: signature } of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return kind;
  }
  if (hasUtf16Bom(bytes)) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return 'NUL bytes';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE ? 'control characters' : null;
}

/** What binary content a string holds (a PDF read as text, NUL characters), or null. */
export function sniffBinaryText(text: string): string | null {
  if (text.startsWith('%PDF-')) return 'PDF';
  if (text.startsWith('\u0089PNG')) return 'PNG';
  if (text.startsWith('PK\u0003\u0004')) return 'ZIP';
  const n = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0) return 'NUL characters';
  return null;
}

/**
 * windows-1252's characters for bytes 0x80-0x9F (curly quotes, dashes, euro sign); unassigned bytes keep their
 * Latin-1 code point. Written out because Node's TextDecoder('windows-1252') decodes this range as Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 bytes; every byte maps to a character, so this never fails. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, offset + CHUNK);
    for (let i = offset; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** The text of some bytes and the encoding used: a BOM wins, then strict UTF-8, else windows-1252 (Latin-1). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: old newsroom exports are overwhelmingly windows-1252, a superset of Latin-1's printable range.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The rejection for an input over the size limit, naming both sizes so the user knows what to change. */
export function tooLargeError(label: string, size: number, maxBytes: number): ArticleRejectedError {
  return new ArticleRejectedError(
    'too-large',
    `${label} is ${describeSize(size)}, over the ${describeSize(maxBytes)} limit for one article; split it or raise the limit.`,
  );
}
