/**
 * Whether an article's live event stream is connected now (ADR 030): what is
 * pushed on it (a snapshot that ended, say) need not be polled for. The live
 * feature reports its streams here; others only read. A plain count, read
 * when a query decides how soon to ask again, so nothing re-renders for it.
 */
let connected = 0;

/** The live feature: a stream opened. */
export function streamConnected(): void {
  connected += 1;
}

/** The live feature: a stream that was open dropped or closed. */
export function streamDisconnected(): void {
  connected = Math.max(0, connected - 1);
}

/** True while at least one article stream is connected. */
export function liveStreamConnected(): boolean {
  return connected > 0;
}
