// Return values by name, and which packets go on after the program.
import { describe, expect, it } from "vitest";
import { knowsPassing, passedPacket, verdictName } from "./verdicts.ts";

describe("verdicts", () => {
  it("names return values as the UAPI does", () => {
    expect(verdictName(1n, "xdp")).toBe("XDP_DROP");
    expect(verdictName(2n, "sched_cls")).toBe("TC_ACT_SHOT");
    expect(verdictName(0xffffffffffffffffn, "sched_cls")).toBe("TC_ACT_UNSPEC");
    expect(verdictName(7n, "xdp")).toBeUndefined();
    expect(verdictName(1n, "kprobe")).toBeUndefined();
  });

  it("says which packets go on", () => {
    const p = Uint8Array.of(1, 2, 3, 4);
    expect([0n, 1n, 2n, 3n, 4n].map((r) => passedPacket(r, "xdp", p) !== undefined)).toEqual([false, false, true, true, true]);
    expect([0n, 2n, 4n, 7n, 0xffffffffn].map((r) => passedPacket(r, "sched_cls", p) !== undefined)).toEqual([true, false, false, true, true]);
    // a socket filter keeps as many bytes as it returns
    expect(passedPacket(2n, "socket_filter", p)).toEqual(Uint8Array.of(1, 2));
    expect(passedPacket(0xffffn, "socket_filter", p)).toEqual(p);
    expect(passedPacket(0n, "socket_filter", p)).toBeUndefined();
    expect(passedPacket(1n, "cgroup_skb", p)).toBe(p);
    expect(knowsPassing("kprobe")).toBe(false);
  });
});
