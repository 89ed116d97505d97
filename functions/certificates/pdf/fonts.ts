/**
 * The certificate's fonts, prepared once per isolate and shared by every PDF rendered in it.
 *
 * pdf-lib embeds a subset per document, so the subset bytes cannot be shared; what can be is the parsed
 * font. Two costs dominated before: fontkit parsed each font again for every PDF, and for a WOFF it
 * inflates the whole compressed `glyf` table again on every glyph it reads while subsetting (pure-JS
 * inflate, hundreds of times per PDF). So the WOFFs are unpacked to plain sfnt (TrueType) bytes once with
 * the runtime's native DecompressionStream, parsed once, and handed to each document through a fontkit
 * that returns the already parsed font for the same bytes.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

// pdf-lib does not export its fontkit types from the package root.
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

/** A font ready to embed: its sfnt bytes and the code points it covers. */
export interface SourceFont {
  bytes: Uint8Array;
  chars: ReadonlySet<number>;
}

/** The fonts of one weight, in fallback order (Latin first, then Latin Extended). */
export interface CertificateFonts {
  regular: SourceFont[];
  bold: SourceFont[];
  /** Registered on every document: returns the parsed font for bytes it has seen (`bytes` above). */
  fontkit: Fontkit;
}

/**
 * Unpacks and parses the given WOFF or sfnt fonts once.
 * @example const fonts = await prepareFonts({ regular: [latinWoff, extWoff], bold: [latinBoldWoff, extBoldWoff] })
 */
export async function prepareFonts(
  files: { regular: Uint8Array[]; bold: Uint8Array[] },
  parser: Fontkit = fontkit,
): Promise<CertificateFonts> {
  const parsed = new Map<Uint8Array, Font>();
  const shared: Fontkit = {
    create(bytes, postscriptName) {
      const known = parsed.get(bytes);
      if (known) return known;
      const font = parser.create(bytes, postscriptName);
      parsed.set(bytes, font);
      return font;
    },
  };
  const prepare = async (file: Uint8Array): Promise<SourceFont> => {
    const bytes = isWoff(file) ? await sfntOfWoff(file) : file;
    return { bytes, chars: new Set(shared.create(bytes).characterSet) };
  };
  return {
    regular: await Promise.all(files.regular.map(prepare)),
    bold: await Promise.all(files.bold.map(prepare)),
    fontkit: shared,
  };
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= WOFF_HEADER && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

/**
 * WOFF 1.0 → the sfnt it wraps (W3C WOFF File Format 1.0, §4–5): each table inflated when stored
 * compressed, laid out 4-byte aligned in the directory's (tag-sorted) order.
 */
export async function sfntOfWoff(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: numTables }, async (_, i) => {
      const entry = WOFF_HEADER + i * WOFF_ENTRY;
      const offset = view.getUint32(entry + 4);
      const compLength = view.getUint32(entry + 8);
      const origLength = view.getUint32(entry + 12);
      const stored = woff.subarray(offset, offset + compLength);
      const data = compLength < origLength ? await inflate(stored) : stored;
      if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
      return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data };
    }),
  );

  const padded = (n: number) => (n + 3) & ~3;
  let size = SFNT_HEADER + numTables * SFNT_ENTRY;
  for (const table of tables) size += padded(table.data.length);
  const sfnt = new Uint8Array(size);
  const out = new DataView(sfnt.buffer);
  // searchRange and friends as the OpenType spec defines them, from the largest power of two ≤ numTables.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, numTables * 16 - searchRange);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((table, i) => {
    const record = SFNT_HEADER + i * SFNT_ENTRY;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

/** zlib-wrapped deflate, as WOFF stores its tables, with the runtime's native decompressor. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
