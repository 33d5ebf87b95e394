/** Types for html-encoding-sniffer (it ships none): the HTML standard's encoding sniffing. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    /** Bypass HTML sniffing (BOM and the options only). */
    xml?: boolean;
    /** The charset label from the Content-Type header; wins over everything but a BOM. */
    transportLayerEncodingLabel?: string;
    /** The fallback encoding name (the library defaults to windows-1252). */
    defaultEncoding?: string;
  }
  /** The canonical encoding name of the bytes. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}
