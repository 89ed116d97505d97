/**
 * The verify link as a QR code, drawn as ONE vector path: each row's run of dark modules is one
 * rectangle in a single SVG path, so a PDF carries one fill instead of hundreds of rectangle operators
 * (cheaper to write and to render, and no hairline seams between neighbouring modules in a row).
 */
import qrcode from 'qrcode-generator';

/** A QR code as an SVG path in module units (origin top-left, one unit per module), without quiet zone. */
export interface QrPath {
  path: string;
  modules: number;
}

/**
 * @example const { path, modules } = qrPath('https://netral-asn.example.id/verifikasi/NA-7K3M-Q9TZ-2HFA')
 *   page.drawSvgPath(path, { x, y: top, scale: size / modules })
 */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const modules = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < modules; row++) {
    let col = 0;
    while (col < modules) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules && qr.isDark(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), modules };
}
