/**
 * One PDF of many certificates, for printing: each certificate rendered on its own (the same renderer as
 * the ZIP) and its page copied into one document (pdf-lib copyPages). The whole document is built in
 * memory, which is why it is capped: 200 certificates are a few MB and about 10 s of CPU.
 */
import { PDFDocument } from 'pdf-lib';

/** At most this many certificates in one merged PDF; more is a ZIP. */
export const MAX_MERGED_CERTIFICATES = 200;

/**
 * The pages of every PDF in `documents`, in order, as one PDF.
 * @example const bytes = await mergePdfs((async function* () { for (const row of rows) yield renderer.render(view(row)); })(), title)
 */
export async function mergePdfs(documents: AsyncIterable<Uint8Array>, title: string): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  merged.setTitle(title);
  merged.setAuthor('Netral ASN');
  for await (const bytes of documents) {
    const source = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  return merged.save();
}
