import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { Runner } from "./runner.ts";
import { TCP_PACKET } from "./test_util.ts";

const COUNTER = `
.section xdp
.map counts, type=array, key_size=4, value_size=8, max_entries=1
  *(u32 *)(r10 - 4) = 0
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
out:
  r0 = 2
  exit
`;

describe("Runner", () => {
  it("runs many packets on one map set; maps persist and are readable between runs", () => {
    const r = Runner.create({ program: assemble(COUNTER).program });
    if (typeof r === "string") throw new Error(r);
    for (let k = 1; k <= 5; k++) {
      const res = r.run({ packet: TCP_PACKET });
      expect(res.status).toBe("exit");
      expect(res.r0).toBe(2n);
      expect(res.insns).toBe(10);
      const d = r.dumpMaps().counts;
      expect(d.kind === "entries" && d.entries[0].value[0]).toBe(k);
    }
  });
  it("refuses an input the context cannot hold, and runs the next one", () => {
    const r = Runner.create({ program: assemble(COUNTER).program });
    if (typeof r === "string") throw new Error(r);
    const bad = r.run({ packet: new Uint8Array(4) });
    expect(bad.status).toBe("input");
    expect(bad.error).toMatch(/at least 14 bytes/);
    expect(r.run({ packet: TCP_PACKET }).r0).toBe(2n);
  });
  it("keeps memory bounded over many runs that each make a map value region", () => {
    // every run inserts a random key into an LRU hash and looks it up: a new value storage, so a new region
    const text = `
.section xdp
.map seen, type=lru_hash, key_size=4, value_size=8, max_entries=64
  call bpf_get_prandom_u32
  *(u32 *)(r10 - 4) = r0
  *(u64 *)(r10 - 16) = r0
  r1 = map[seen] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r1 = map[seen] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u32 *)(r0 + 0)
  r0 &= 1
out:
  exit
`;
    const r = Runner.create({ program: assemble(text).program });
    if (typeof r === "string") throw new Error(r);
    const lens: number[] = [];
    for (let k = 0; k < 9000; k++) {
      const res = r.run({ packet: TCP_PACKET });
      expect(res.status).toBe("exit");
      lens.push(r.current!.mem.regions.length);
    }
    expect(Math.max(...lens)).toBeLessThan(4096 + 20);
    expect(lens[8999]).toBeLessThan(lens[4000]); // it was cut back on the way
  });
});
