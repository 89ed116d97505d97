/**
 * The certificate as a PDF (pdf-lib): A4 landscape, black on white so it prints well in greyscale,
 * the holder's name in Noto Sans (Latin and Latin Extended, so every Indonesian name renders), the
 * code printed and a QR code linking to the public verify page.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import qrcode from 'qrcode-generator';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?inline';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?inline';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?inline';
import type { CertificateView } from '../schemas/certificates';
import { LAWS, type LawId } from '../schemas/legal';

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);
const MARGIN = 36;
const REPLACEMENT = '?';
/** The instruments the quiz teaches, printed as the course's basis. */
const COURSE_BASIS: LawId[] = ['uu-20-2023', 'pp-94-2021', 'pp-42-2004', 'skb-2022'];

/** A face made of several fonts, each covering part of Unicode; text is drawn in runs per font. */
interface Face {
  fonts: { font: PDFFont; chars: Set<number> }[];
}

export interface CertificatePdfInput {
  certificate: CertificateView;
  publicKeyUrl: string;
}

export async function renderCertificatePdf({ certificate, publicKeyUrl }: CertificatePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Sertifikat Netral ASN ${certificate.code}`);
  pdf.setAuthor('Netral ASN');
  pdf.setSubject('Sertifikat pelatihan netralitas ASN / ASN neutrality training certificate');
  pdf.setCreationDate(new Date(certificate.issuedAt));
  pdf.setModificationDate(new Date(certificate.issuedAt));

  // Everything but the name and agency is ASCII; the wider fonts are parsed only when those need them.
  const personal = `${certificate.name}${certificate.agency}`;
  const regular = await face(pdf, [latinRegular, latinExtRegular], personal);
  const bold = await face(pdf, [latinBold, latinExtBold], personal);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const page = pdf.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;
  const centre = width / 2;

  // Double rule border: reads as a certificate without any colour.
  page.drawRectangle({ x: MARGIN / 2, y: MARGIN / 2, width: width - MARGIN, height: height - MARGIN, borderColor: BLACK, borderWidth: 2.5 });
  page.drawRectangle({ x: MARGIN / 2 + 6, y: MARGIN / 2 + 6, width: width - MARGIN - 12, height: height - MARGIN - 12, borderColor: BLACK, borderWidth: 0.75 });

  const maxText = width - 2 * MARGIN - 40;
  let y = height - 92;
  drawCentred(page, 'NETRAL ASN', bold, 14, centre, y, maxText, GREY);
  y -= 42;
  drawCentred(page, 'SERTIFIKAT PELATIHAN NETRALITAS ASN', bold, 26, centre, y, maxText);
  y -= 24;
  drawCentred(page, 'Certificate of completion: ASN neutrality in elections', regular, 13, centre, y, maxText, GREY);
  y -= 44;
  drawCentred(page, 'diberikan kepada / awarded to', regular, 12, centre, y, maxText, GREY);
  y -= 44;
  drawCentred(page, certificate.name, bold, 32, centre, y, maxText);
  y -= 28;
  drawCentred(page, `NIP ${certificate.nip}`, regular, 13, centre, y, maxText);
  y -= 20;
  drawCentred(page, certificate.agency, regular, 13, centre, y, maxText);
  // The signed claim of a roster-confirmed certificate (content v2), said on paper too.
  if (certificate.identity === 'roster') {
    y -= 16;
    drawCentred(page, "Identitas dikonfirmasi daftar pegawai instansi / Identity confirmed by the agency's staff roster", regular, 9.5, centre, y, maxText, GREY);
    y -= 20;
  } else y -= 36;
  const percent = Math.round((certificate.score / certificate.total) * 100);
  drawCentred(
    page,
    `telah lulus kuis netralitas ASN dalam Pemilu dan Pilkada dengan nilai ${certificate.score}/${certificate.total} (${percent}%)`,
    regular,
    13,
    centre,
    y,
    maxText,
  );
  y -= 18;
  drawCentred(page, `passed the quiz on ASN neutrality in elections with a score of ${certificate.score}/${certificate.total} (${percent}%)`, regular, 11, centre, y, maxText, GREY);
  y -= 18;
  const basis = COURSE_BASIS.map((law) => LAWS[law].short).join(', ');
  drawCentred(page, `Materi / Based on: ${basis}`, regular, 10, centre, y, maxText, GREY);

  if (certificate.status === 'revoked') {
    drawCentred(page, 'DICABUT / REVOKED', bold, 40, centre, height / 2 + 10, maxText);
  }

  // Footer: date and code on the left, QR code to the verify page on the right.
  const left = MARGIN + 20;
  const issued = formatDate(certificate.issuedAt);
  drawText(page, `Diterbitkan / Issued: ${issued}`, regular, 11, left, 128);
  drawText(page, 'Kode sertifikat / Certificate code', regular, 10, left, 106, GREY);
  page.drawText(certificate.code, { x: left, y: 84, size: 20, font: mono, color: BLACK });
  drawText(page, `Periksa keaslian / Verify: ${certificate.verifyUrl}`, regular, 9, left, 64, GREY, width - 2 * MARGIN - 150);
  drawText(page, `Tanda tangan digital Ed25519; kunci publik / public key: ${publicKeyUrl}`, regular, 7.5, left, 50, GREY, width - 2 * MARGIN - 150);

  drawQr(page, certificate.verifyUrl, width - MARGIN - 20 - 110, 46, 110);
  return pdf.save();
}

/** Embeds the first font, then each further one only while `text` has characters the ones before lack. */
async function face(pdf: PDFDocument, dataUrls: string[], text: string): Promise<Face> {
  const fonts: Face['fonts'] = [];
  for (const url of dataUrls) {
    const covered = [...text].every((char) => fonts.some((f) => f.chars.has(char.codePointAt(0)!)));
    if (fonts.length > 0 && covered) break;
    const font = await pdf.embedFont(bytesOfDataUrl(url), { subset: true });
    fonts.push({ font, chars: new Set(font.getCharacterSet()) });
  }
  return { fonts };
}

/** Splits text into runs, each drawn with the first font that has its characters. */
function runs(text: string, f: Face): { text: string; font: PDFFont }[] {
  const result: { text: string; font: PDFFont }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const match = f.fonts.find((x) => x.chars.has(codePoint));
    const font = (match ?? f.fonts[0]!).font;
    const shown = match ? char : REPLACEMENT;
    const last = result.at(-1);
    if (last && last.font === font) last.text += shown;
    else result.push({ text: shown, font });
  }
  return result;
}

function widthOf(text: string, f: Face, size: number): number {
  return runs(text, f).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
}

/** The largest size up to `size` at which the text fits `maxWidth` (long names shrink instead of overflowing). */
function fittedSize(text: string, f: Face, size: number, maxWidth: number): number {
  const width = widthOf(text, f, size);
  return width <= maxWidth ? size : Math.max(6, (size * maxWidth) / width);
}

function drawText(page: PDFPage, text: string, f: Face, size: number, x: number, y: number, color = BLACK, maxWidth = Infinity) {
  const fitted = fittedSize(text, f, size, maxWidth);
  let cursor = x;
  for (const run of runs(text, f)) {
    page.drawText(run.text, { x: cursor, y, size: fitted, font: run.font, color });
    cursor += run.font.widthOfTextAtSize(run.text, fitted);
  }
}

function drawCentred(page: PDFPage, text: string, f: Face, size: number, centreX: number, y: number, maxWidth: number, color = BLACK) {
  const fitted = fittedSize(text, f, size, maxWidth);
  drawText(page, text, f, fitted, centreX - widthOf(text, f, fitted) / 2, y, color);
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue;
      page.drawRectangle({ x: x + (col + quiet) * cell, y: y + size - (row + quiet + 1) * cell, width: cell, height: cell, color: BLACK });
    }
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  const id = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(date);
  const en = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(date);
  return `${id} / ${en}`;
}

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
