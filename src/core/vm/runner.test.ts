import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { createMapSet } from "./mapset.ts";
import type { MapSet } from "./mapset.ts";
import { Run } from "./run.ts";
import { Runner } from "./runner.ts";
import { createWorld } from "./world.ts";
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
  it("refills an XDP frame as a fresh run would, between bare packets and packets with metadata", () => {
    // hashes the bytes from data_meta to data_end (the metadata and the packet), plus ingress_ifindex and rx_queue_index
    const text = `
.section xdp
  r2 = *(u32 *)(r1 + 8)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
loop:
  r4 = r2
  r4 += 1
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 0)
  r0 *= 31
  r0 += r5
  r2 += 1
  goto loop
out:
  r5 = *(u32 *)(r1 + 12)
  r0 += r5
  r5 = *(u32 *)(r1 + 16)
  r0 += r5
  exit
`;
    const program = assemble(text).program;
    const r = Runner.create({ program });
    if (typeof r === "string") throw new Error(r);
    const bytes = (n: number, salt: number) => Uint8Array.from({ length: n }, (_, k) => (k * 13 + salt) & 0xff);
    // xdp_md from user space: data (the metadata's length), data_end, ingress_ifindex, rx_queue_index
    const md = (len: number, ifindex = 1, queue = 0) => Uint8Array.from([len, 0, 0, 0, len + 64, 0, 0, 0, 0, 0, 0, 0, ifindex, 0, 0, 0, queue, 0, 0, 0, 0, 0, 0, 0]);
    const inputs = [{ packet: bytes(64, 1) }, { packet: bytes(80, 2), ctx: md(8) }, { packet: bytes(40, 3) }, { packet: bytes(90, 4) }, { packet: bytes(14, 5) }, { packet: bytes(72, 6), ctx: md(4) }, { packet: bytes(64, 7) }, { packet: bytes(64, 8), ctx: md(0, 5, 3) }, { packet: bytes(64, 9) }, { packet: bytes(64, 10) }];
    for (const input of inputs) {
      const fresh = new Run({ program, progType: progTypeByName("xdp")!, input, maps: createMapSet([], 2) as MapSet, world: createWorld(1) });
      const stop = fresh.run(100_000);
      const got = r.run(input);
      expect([got.status, got.r0, got.insns]).toEqual([stop.kind, stop.kind === "exit" ? stop.r0 : undefined, fresh.machine.executed]);
      expect(r.output()).toEqual(fresh.ctx.output());
    }
  });
});
