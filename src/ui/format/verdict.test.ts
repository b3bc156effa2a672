import { describe, expect, it } from "vitest";
import { verdict, verdictNameOf, verdictOf } from "./verdict.ts";

describe("verdict", () => {
  it("names a return value by its program type", () => {
    expect(verdictOf("0x1", "xdp")).toBe("1 (XDP_DROP)");
    expect(verdictOf("0x2", "xdp")).toBe("2 (XDP_PASS)");
    expect(verdict(2n, "sched_cls")).toBe("2 (TC_ACT_SHOT)");
    expect(verdict(1n, "cgroup_skb")).toBe("1 (allow)");
    expect(verdictNameOf("0x3", "xdp")).toBe("XDP_TX");
  });
  it("gives -1 its tc name and leaves types without names as numbers", () => {
    expect(verdictOf("0xffffffffffffffff", "sched_cls")).toBe("18446744073709551615 (TC_ACT_UNSPEC)");
    expect(verdictOf("0x2", "kprobe")).toBe("2");
    expect(verdictOf("0x2a", "xdp")).toBe("42 (0x2a)");
    expect(verdictNameOf("0x2a", "xdp")).toBeUndefined();
  });
});
