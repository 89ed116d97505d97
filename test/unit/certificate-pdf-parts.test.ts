import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import qrcode from 'qrcode-generator';
import { prepareFonts, sfntOfWoff } from '../../functions/certificates/pdf/fonts';
import { qrPath } from '../../functions/certificates/pdf/qr';

const woff = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../node_modules/@fontsource/noto-sans/files/${name}`, import.meta.url)));

describe('qrPath', () => {
  const url = 'https://netral-asn.example.id/verifikasi/NA-7K3M-Q9TZ-2HFA';

  it('covers exactly the dark modules, row runs merged into one rectangle each', () => {
    const { path, modules } = qrPath(url);
    const qr = qrcode(0, 'M');
    qr.addData(url);
    qr.make();
    expect(modules).toBe(qr.getModuleCount());

    const painted = new Set<string>();
    let rectangles = 0;
    for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [col, row, width, back] = m.slice(1).map(Number) as [number, number, number, number];
      expect(back).toBe(width);
      rectangles++;
      for (let c = col; c < col + width; c++) painted.add(`${row},${c}`);
    }
    // Nothing in the path but those rectangles.
    expect(path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');

    const dark = new Set<string>();
    for (let r = 0; r < modules; r++) for (let c = 0; c < modules; c++) if (qr.isDark(r, c)) dark.add(`${r},${c}`);
    expect(painted).toEqual(dark);
    expect(rectangles).toBeLessThan(dark.size / 1.5);
  });
});

describe('fonts', () => {
  it('unpacks a WOFF into an sfnt with the same glyphs, metrics and characters', async () => {
    const packed = woff('noto-sans-latin-ext-700-normal.woff');
    const sfnt = await sfntOfWoff(packed);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000); // TrueType flavour
    const fromWoff = fontkit.create(packed);
    const fromSfnt = fontkit.create(sfnt);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.characterSet).toEqual(fromWoff.characterSet);
    const text = 'Ḍewi Nur’aini Ŝ';
    expect(fromSfnt.layout(text).advanceWidth).toBe(fromWoff.layout(text).advanceWidth);
    // Outlines come from the inflated glyf table.
    const glyph = (f: typeof fromSfnt) => f.glyphForCodePoint('Ḍ'.codePointAt(0)!).path.toSVG();
    expect(glyph(fromSfnt)).toBe(glyph(fromWoff));
  });

  it('parses each font once however many documents ask for it', async () => {
    const parser = { create: vi.fn(fontkit.create.bind(fontkit)) };
    const fonts = await prepareFonts(
      { regular: [woff('noto-sans-latin-400-normal.woff')], bold: [woff('noto-sans-latin-700-normal.woff')] },
      parser,
    );
    expect(parser.create).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 5; i++) {
      expect(fonts.fontkit.create(fonts.regular[0]!.bytes)).toBe(fonts.fontkit.create(fonts.regular[0]!.bytes));
      fonts.fontkit.create(fonts.bold[0]!.bytes);
    }
    expect(parser.create).toHaveBeenCalledTimes(2);
    expect(fonts.regular[0]!.chars.has('A'.codePointAt(0)!)).toBe(true);
  });
});
