import sniffHtmlEncoding from 'html-encoding-sniffer';

/**
 * Decodes a page's bytes as a browser would (the HTML standard's encoding
 * sniffing, through html-encoding-sniffer): a byte-order mark first, then the
 * charset of the Content-Type, then a `<meta charset>` in the first 1,024
 * bytes, else UTF-8. Arabic sites still served as windows-1256 read right.
 */
export function decodeHtml(body: Uint8Array, charset: string | null): string {
  const encoding = sniffHtmlEncoding(body, { ...(charset ? { transportLayerEncodingLabel: charset } : {}), defaultEncoding: 'UTF-8' });
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
