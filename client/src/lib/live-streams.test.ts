import { describe, expect, it } from 'vitest';
import { liveStreamConnected, streamConnected, streamDisconnected } from './live-streams.ts';

describe('live stream count', () => {
  it('is connected while a stream is open, and not after it closes, never going below none', () => {
    expect(liveStreamConnected()).toBe(false);
    streamConnected();
    streamConnected();
    streamDisconnected();
    expect(liveStreamConnected()).toBe(true);
    streamDisconnected();
    streamDisconnected();
    expect(liveStreamConnected()).toBe(false);
    streamConnected();
    expect(liveStreamConnected()).toBe(true);
    streamDisconnected();
  });
});
