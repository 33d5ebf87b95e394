/** One server-sent event as the tests read it: its name and its JSON data. */
export interface SseEvent {
  name: string;
  data: unknown;
}

/**
 * Takes the complete events (blocks ended by a blank line) off the front of
 * `buffer`, a stream's text so far, and returns them with what is left (an
 * event still arriving). Blocks without a name or data (pings) are skipped.
 */
export function takeEvents(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  let rest = buffer;
  let at = rest.indexOf('\n\n');
  while (at >= 0) {
    const block = rest.slice(0, at);
    rest = rest.slice(at + 2);
    const name = /^event: (.+)$/m.exec(block)?.[1];
    const data = /^data: (.+)$/m.exec(block)?.[1];
    if (name && data) events.push({ name, data: JSON.parse(data) as unknown });
    at = rest.indexOf('\n\n');
  }
  return { events, rest };
}
