import mammoth from 'mammoth';
import { detectLanguage } from '@sanad/shared/text/language';
import { canonicalLine, canonicalText } from '@sanad/shared/text/normalize';
import { AppError } from '../app-error.ts';
import { type ExtractedArticle, paragraphsOf, parsePage } from './html-article.ts';

/** Limits checked on the zip's directory before anything is unpacked (a .docx is a zip). */
export const DOCX_LIMITS = { maxEntries: 1000, maxUncompressedBytes: 30 * 1024 * 1024 } as const;

function invalid(message: string): AppError {
  return new AppError('import_document_invalid', 422, message);
}

/**
 * Reads the zip's central directory and refuses a file that is not a zip, has
 * more than `maxEntries` files, or says it unpacks to more than
 * `maxUncompressedBytes` (a zip bomb), before mammoth unpacks anything.
 */
export function checkDocxArchive(file: Buffer, limits: { maxEntries: number; maxUncompressedBytes: number } = DOCX_LIMITS): void {
  if (file.length < 22 || file.readUInt32LE(0) !== 0x04034b50) throw invalid('The file is not a Word document (.docx).');
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 65_535); at -= 1) {
    if (file.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end === -1) throw invalid('The file is not a Word document (.docx): its zip directory is missing.');
  const entries = file.readUInt16LE(end + 10);
  const directoryOffset = file.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw invalid('The document is too large to read (zip64).');
  if (entries > limits.maxEntries) throw invalid(`The document holds ${entries} files; at most ${limits.maxEntries} are read.`);
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) throw invalid('The document is damaged: its zip directory cannot be read.');
    const size = file.readUInt32LE(at + 24);
    if (size === 0xffffffff) throw invalid('The document is too large to read (zip64).');
    total += size;
    if (total > limits.maxUncompressedBytes) throw invalid(`The document unpacks to more than ${limits.maxUncompressedBytes / 1024 / 1024} MB.`);
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
}

/**
 * Extracts an article from a Word document with mammoth (paragraphs, headings
 * and lists as blocks; formatting dropped): the title is the first heading,
 * else the file's name. Word documents carry no outlet, date or address.
 */
export async function extractDocxArticle(file: Buffer, fileName: string | null): Promise<ExtractedArticle> {
  checkDocxArchive(file);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: file })).value;
  } catch {
    throw invalid('The file is not a Word document (.docx) that can be read.');
  }
  const paragraphs = paragraphsOf(html);
  const h1 = parsePage(`<!doctype html><html><body>${html}</body></html>`).querySelector('h1');
  const heading = h1 ? canonicalLine(h1.textContent ?? '') : '';
  let title = heading;
  if (heading !== '' && paragraphs[0] === heading) paragraphs.shift();
  if (title === '' && fileName) title = canonicalLine(fileName.replace(/\.docx$/i, '').replace(/[_-]+/g, ' '));
  const text = canonicalText(paragraphs.join('\n\n'));
  return {
    title,
    text,
    language: detectLanguage(text),
    author: null,
    outlet: null,
    publishedOn: null,
    url: null,
    origins: { ...(title !== '' ? { title: 'document' as const } : {}), language: 'page' },
  };
}
