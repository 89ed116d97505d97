/**
 * The certificate as a PDF (pdf-lib): A4 landscape, black on white so it prints well in greyscale,
 * the holder's name in Noto Sans (Latin and Latin Extended, so every Indonesian name renders), the
 * code printed and a QR code linking to the public verify page.
 *
 * A batch (a ZIP of an agency's certificates) renders through one `createCertificateRenderer`; the
 * single-PDF route goes through `renderCertificatePdf`. Both use fonts prepared once per isolate
 * (pdf/fonts.ts) and the QR as one path (pdf/qr.ts).
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?inline';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?inline';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?inline';
import type { CertificateView } from '../schemas/certificates';
import { LAWS, type LawId } from '../schemas/legal';
import { prepareFonts, type CertificateFonts, type SourceFont } from './pdf/fonts';
import { qrPath } from './pdf/qr';

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);
const MARGIN = 36;
/** What a pass shows, under the course basis: where the identity came from (by the signed identity), then what a pass means. */
const CERTIFICATE_SCOPE: Record<CertificateView['identity'], [string, number][]> = {
  self_declared: [
    ['Nama, NIP dan instansi diisi sendiri oleh peserta dan tidak dicocokkan dengan daftar pegawai instansi.', 8.5],
    ['Sertifikat ini menunjukkan kuis lulus pada tanggal terbit, bukan bahwa pemegangnya tidak pernah melanggar aturan.', 8.5],
    ['Name, NIP and agency were entered by the participant and not matched against an agency staff roster.', 8],
    ['This certificate shows the quiz was passed on the date of issue, not that the holder never broke the rules.', 8],
  ],
  roster: [
    ['Nama, NIP dan instansi diambil dari daftar pegawai instansi; kuis dibuka dari tautan pribadi peserta.', 8.5],
    ['Sertifikat ini menunjukkan kuis lulus pada tanggal terbit, bukan bahwa pemegangnya tidak pernah melanggar aturan.', 8.5],
    ["Name, NIP and agency come from the agency's staff roster; the quiz was opened from the participant's personal link.", 8],
    ['This certificate shows the quiz was passed on the date of issue, not that the holder never broke the rules.', 8],
  ],
};
const REPLACEMENT = '?';
/**
 * Baseline of the revoked stamp: its 40-point band (148 − 10 to 148 + 30) sits between the footer's first
 * line (y 128) and the last line of what a certificate proves (y ≈ 184).
 */
const REVOKED_STAMP_Y = 148;
/** The instruments the quiz teaches, printed as the course's basis. */
const COURSE_BASIS: LawId[] = ['uu-20-2023', 'pp-94-2021', 'pp-42-2004', 'skb-2022'];

/** A face made of several fonts, each covering part of Unicode; text is drawn in runs per font. */
interface Face {
  fonts: { font: PDFFont; chars: ReadonlySet<number> }[];
}

export interface CertificatePdfInput {
  certificate: CertificateView;
  publicKeyUrl: string;
}

/** Renders certificates one after another with the same prepared fonts. */
export interface CertificateRenderer {
  render(certificate: CertificateView): Promise<Uint8Array>;
}

// Only the prepared value is kept, never a pending promise: in a Worker a promise settled by another
// request's I/O must not be awaited from this one. Two first requests racing both prepare; harmless.
let bundled: CertificateFonts | undefined;

/** The bundled Noto Sans fonts, prepared on first use in this isolate. */
async function bundledFonts(): Promise<CertificateFonts> {
  bundled ??= await prepareFonts({
    regular: [bytesOfDataUrl(latinRegular), bytesOfDataUrl(latinExtRegular)],
    bold: [bytesOfDataUrl(latinBold), bytesOfDataUrl(latinExtBold)],
  });
  return bundled;
}

/**
 * A renderer for a batch: fonts parsed once, each PDF its own document.
 * @example
 *   const renderer = await createCertificateRenderer({ publicKeyUrl });
 *   for (const certificate of page) yield { name, input: await renderer.render(certificate) };
 */
export async function createCertificateRenderer(options: { publicKeyUrl: string; fonts?: CertificateFonts }): Promise<CertificateRenderer> {
  const fonts = options.fonts ?? (await bundledFonts());
  return { render: (certificate) => renderWith(fonts, certificate, options.publicKeyUrl) };
}

/**
 * One certificate's PDF (the public `/api/certificates/{code}/pdf`).
 * @example const bytes = await renderCertificatePdf({ certificate, publicKeyUrl })
 */
export async function renderCertificatePdf({ certificate, publicKeyUrl }: CertificatePdfInput): Promise<Uint8Array> {
  return renderWith(await bundledFonts(), certificate, publicKeyUrl);
}

async function renderWith(fonts: CertificateFonts, certificate: CertificateView, publicKeyUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fonts.fontkit);
  pdf.setTitle(`Sertifikat Netral ASN ${certificate.code}`);
  pdf.setAuthor('Netral ASN');
  pdf.setSubject('Sertifikat pelatihan netralitas ASN / ASN neutrality training certificate');
  pdf.setCreationDate(new Date(certificate.issuedAt));
  pdf.setModificationDate(new Date(certificate.issuedAt));

  // Everything but the name, unit and agency is ASCII; the wider fonts are parsed only when those need them.
  // The work unit (typed or from the roster, not signed) is printed before its agency, as HR reads it.
  const agencyLine = certificate.unit ? `${certificate.unit}, ${certificate.agency}` : certificate.agency;
  const personal = `${certificate.name}${agencyLine}`;
  const regular = await face(pdf, fonts.regular, personal);
  const bold = await face(pdf, fonts.bold, personal);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const page = pdf.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;
  const centre = width / 2;

  // Double rule border: reads as a certificate without any colour.
  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: width - MARGIN,
    height: height - MARGIN,
    borderColor: BLACK,
    borderWidth: 2.5,
  });
  page.drawRectangle({
    x: MARGIN / 2 + 6,
    y: MARGIN / 2 + 6,
    width: width - MARGIN - 12,
    height: height - MARGIN - 12,
    borderColor: BLACK,
    borderWidth: 0.75,
  });

  const maxText = width - 2 * MARGIN - 40;
  let y = height - 92;
  drawCentred(page, 'NETRAL ASN', bold, 14, centre, y, maxText, GREY);
  y -= 42;
  drawCentred(page, 'SERTIFIKAT PELATIHAN NETRALITAS ASN', bold, 26, centre, y, maxText);
  y -= 24;
  drawCentred(page, 'Certificate of completion: ASN neutrality in elections', regular, 13, centre, y, maxText, GREY);
  y -= 40;
  drawCentred(page, 'diberikan kepada / awarded to', regular, 12, centre, y, maxText, GREY);
  y -= 44;
  drawCentred(page, certificate.name, bold, 32, centre, y, maxText);
  y -= 28;
  drawCentred(page, `NIP ${certificate.nip}`, regular, 13, centre, y, maxText);
  y -= 20;
  drawCentred(page, agencyLine, regular, 13, centre, y, maxText);
  // The signed claim of a roster-confirmed certificate (content v2), said on paper too.
  if (certificate.identity === 'roster') {
    y -= 14;
    drawCentred(
      page,
      "Identitas dikonfirmasi daftar pegawai instansi / Identity confirmed by the agency's staff roster",
      regular,
      9.5,
      centre,
      y,
      maxText,
      GREY,
    );
    y -= 18;
  } else y -= 32;
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
  drawCentred(
    page,
    `passed the quiz on ASN neutrality in elections with a score of ${certificate.score}/${certificate.total} (${percent}%)`,
    regular,
    11,
    centre,
    y,
    maxText,
    GREY,
  );
  y -= 18;
  const basis = COURSE_BASIS.map((law) => LAWS[law].short).join(', ');
  drawCentred(page, `Materi / Based on: ${basis}`, regular, 10, centre, y, maxText, GREY);
  // What the certificate proves and what it does not (issue 10 point 6), in both languages.
  y -= 20;
  for (const [line, size] of CERTIFICATE_SCOPE[certificate.identity]) {
    drawCentred(page, line, regular, size, centre, y, maxText, GREY);
    y -= 11;
  }

  if (certificate.status === 'revoked') {
    // In the free band between the course basis and the footer, so the name, NIP and agency stay readable.
    drawCentred(page, 'DICABUT / REVOKED', bold, 40, centre, REVOKED_STAMP_Y, width - 2 * MARGIN - 300);
  }

  // Footer: date and code on the left, QR code to the verify page on the right.
  const left = MARGIN + 20;
  const issued = formatDate(certificate.issuedAt);
  drawText(page, `Diterbitkan / Issued: ${issued}`, regular, 11, left, 128);
  drawText(page, 'Kode sertifikat / Certificate code', regular, 10, left, 106, GREY);
  page.drawText(certificate.code, { x: left, y: 84, size: 20, font: mono, color: BLACK });
  drawText(page, `Periksa keaslian / Verify: ${certificate.verifyUrl}`, regular, 9, left, 64, GREY, width - 2 * MARGIN - 150);
  drawText(
    page,
    `Tanda tangan digital Ed25519; kunci publik / public key: ${publicKeyUrl}`,
    regular,
    7.5,
    left,
    50,
    GREY,
    width - 2 * MARGIN - 150,
  );

  drawQr(page, certificate.verifyUrl, width - MARGIN - 20 - 110, 46, 110);
  return pdf.save();
}

/** Embeds the first font, then each further one only while `text` has characters the ones before lack. */
async function face(pdf: PDFDocument, sources: SourceFont[], text: string): Promise<Face> {
  const fonts: Face['fonts'] = [];
  for (const source of sources) {
    const covered = [...text].every((char) => fonts.some((f) => f.chars.has(char.codePointAt(0)!)));
    if (fonts.length > 0 && covered) break;
    fonts.push({ font: await pdf.embedFont(source.bytes, { subset: true }), chars: source.chars });
  }
  return { fonts };
}

interface Run {
  text: string;
  font: PDFFont;
  /** Width at size 1: pdf-lib's widths scale linearly, so one shaping per run serves every size. */
  unitWidth: number;
}

/** Splits text into runs, each drawn with the first font that has its characters. */
function runs(text: string, f: Face): Run[] {
  const result: Omit<Run, 'unitWidth'>[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const match = f.fonts.find((x) => x.chars.has(codePoint));
    const font = (match ?? f.fonts[0]!).font;
    const shown = match ? char : REPLACEMENT;
    const last = result.at(-1);
    if (last && last.font === font) last.text += shown;
    else result.push({ text: shown, font });
  }
  return result.map((run) => ({ ...run, unitWidth: run.font.widthOfTextAtSize(run.text, 1) }));
}

const unitWidthOf = (shaped: Run[]) => shaped.reduce((sum, run) => sum + run.unitWidth, 0);

/** The largest size up to `size` at which the text fits `maxWidth` (long names shrink instead of overflowing). */
function fittedSize(shaped: Run[], size: number, maxWidth: number): number {
  const width = unitWidthOf(shaped) * size;
  return width <= maxWidth ? size : Math.max(6, (size * maxWidth) / width);
}

function drawRuns(page: PDFPage, shaped: Run[], size: number, x: number, y: number, color: typeof BLACK) {
  let cursor = x;
  for (const run of shaped) {
    page.drawText(run.text, { x: cursor, y, size, font: run.font, color });
    cursor += run.unitWidth * size;
  }
}

function drawText(page: PDFPage, text: string, f: Face, size: number, x: number, y: number, color = BLACK, maxWidth = Infinity) {
  const shaped = runs(text, f);
  drawRuns(page, shaped, fittedSize(shaped, size, maxWidth), x, y, color);
}

function drawCentred(page: PDFPage, text: string, f: Face, size: number, centreX: number, y: number, maxWidth: number, color = BLACK) {
  const shaped = runs(text, f);
  const fitted = fittedSize(shaped, size, maxWidth);
  drawRuns(page, shaped, fitted, centreX - (unitWidthOf(shaped) * fitted) / 2, y, color);
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
  const { path, modules } = qrPath(text);
  const quiet = 2;
  const cell = size / (modules + 2 * quiet);
  // SVG paths run top-down from their origin: the origin is the top-left module, inside the quiet zone.
  page.drawSvgPath(path, { x: x + quiet * cell, y: y + size - quiet * cell, scale: cell, color: BLACK });
}

const DATE_ID = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
const DATE_EN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${DATE_ID.format(date)} / ${DATE_EN.format(date)}`;
}

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
