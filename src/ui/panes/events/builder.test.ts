// The builder store keeps the form and the session's packet hex in step, both ways.

import { describe, expect, it, vi } from "vitest";

// The session store keeps its inputs in localStorage, which Node lacks: an in-memory one, before it loads.
vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  Object.assign(globalThis, { localStorage: storage });
});

import { DEFAULT_PACKET_HEX } from "../../../core/events/index.ts";
import { useSession } from "../../stores/session.ts";
import { useBuilder } from "./builder.ts";

const hex = () => useSession.getState().packetHex;
const b = () => useBuilder.getState();

describe("packet builder store", () => {
  it("starts from the session's packet, the default frame", () => {
    expect(hex()).toBe(DEFAULT_PACKET_HEX);
    expect(b().preset).toBe("default");
    expect(b().values.dstPort).toBe("80");
  });

  it("writes a preset's bytes and rebuilds them when a field changes", () => {
    b().choosePreset("http_get");
    expect(hex()).toMatch(/^02 00 00 00 00 02 /);
    expect(b().values.payload).toMatch(/^GET \/ HTTP\/1\.1\\r\\n/);
    const before = hex();
    b().setField("dstPort", "8080");
    expect(hex()).not.toBe(before);
    expect(hex()).toContain("1f 90");
    expect(b().preset).toBe("custom");
  });

  it("keeps a bad field as typed, marked, and leaves the bytes alone", () => {
    b().choosePreset("tcp_syn");
    const before = hex();
    b().setField("src", "10.0.0.300");
    expect(b().values.src).toBe("10.0.0.300");
    expect(b().errors.src).toMatch(/not an IPv4 address/);
    expect(hex()).toBe(before);
    b().setField("src", "10.0.0.9");
    expect(b().errors).toEqual({});
    expect(hex()).not.toBe(before);
  });

  it("follows hex typed elsewhere: fields from the bytes, a preset recognised, bad hex ignored", () => {
    b().choosePreset("tcp_syn");
    const typed = hex().replace(/^((?:[0-9a-f]{2} ){36})00 50/, "$100 35");
    useSession.getState().setPacketHex(typed);
    b().follow(typed);
    expect(b().values.dstPort).toBe("53");
    expect(b().preset).toBe("custom");
    expect(b().handEdited).toBe(true); // the TCP checksum no longer matches what the fields build
    b().follow(typed + " z");
    expect(b().values.dstPort).toBe("53");
    b().follow(DEFAULT_PACKET_HEX);
    expect(b().preset).toBe("default");
    expect(b().handEdited).toBe(false);
  });
});
