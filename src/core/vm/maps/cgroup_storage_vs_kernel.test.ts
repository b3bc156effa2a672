// Cgroup storage in the VM against the kernel's BPF_PROG_TEST_RUN: bpf_get_local_storage gives
// a cgroup_skb program its storage (one value, or this CPU's for a per-CPU storage), zeroed at
// the start of a test run and shared by its repeats: a counter kept there comes back as r0's low
// bit, 1, 0, 1 after one, two, three runs. A reuseport_sockarray loads and its sk_reuseport
// program verifies as in the kernel (BPF_PROG_TEST_RUN does not run sk_reuseport programs).
import { describe, expect, it } from "vitest";
import { assemble } from "../../asm/index.ts";
import { bytesToHex, encodeInsns } from "../../isa/index.ts";
import type { MapDef } from "../../program.ts";
import { verify } from "../../verifier/index.ts";
import { execute } from "../execute.ts";
import { createMap } from "./index.ts";
import { CgroupStorageMap } from "./cgroup_storage.ts";
import { ReuseportSockarrayMap } from "./reuseport_sockarray.ts";
import { kernelAvailable, kernelRun } from "../../../../test/kernel/reference.ts";
import { skipOrFail } from "../../../../test/support/skip.ts";

const storage = (type: string, valueSize: number): MapDef => ({ name: "storage", type, keySize: 16, valueSize, maxEntries: 0, flags: 0 });

/** Adds 1 to the u64 at `off` in the storage and returns its low bit. */
const COUNTER = (off: number) => `
  r1 = storage ll
  r2 = 0
  call bpf_get_local_storage
  r1 = *(u64 *)(r0 + ${off})
  r1 += 1
  *(u64 *)(r0 + ${off}) = r1
  r0 = r1
  r0 &= 1
  exit
`;

const REUSEPORT = `
  r2 = reuse ll
  r3 = 0
  *(u32 *)(r10 - 4) = r3
  r3 = r10
  r3 += -4
  r4 = 0
  call bpf_sk_select_reuseport
  r0 = 1
  exit
`;

function build(text: string, maps: MapDef[]) {
  const { program, diagnostics } = assemble(text, { maps });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return program;
}

const CASES = [
  { name: "cgroup_storage", map: storage("cgroup_storage", 8), off: 0 },
  { name: "cgroup_storage, a second u64", map: storage("cgroup_storage", 16), off: 8 },
  { name: "percpu_cgroup_storage", map: storage("percpu_cgroup_storage", 8), off: 0 },
];

describe("cgroup storage and reuseport arrays in the VM", () => {
  it("a cgroup storage holds one value for the program's cgroup, per CPU when per-CPU", () => {
    const m = createMap(storage("percpu_cgroup_storage", 8), 2);
    if (!(m instanceof CgroupStorageMap)) throw new Error(String(m));
    m.storage(1)[0] = 7;
    expect(m.entries(1).map((e) => e.value[0])).toEqual([7]);
    expect(m.entries(0).map((e) => e.value[0])).toEqual([0]);
    expect(m.delete()).toBeLessThan(0);
    expect(createMap({ ...storage("cgroup_storage", 8), maxEntries: 1 }, 1)).toMatch(/max_entries 0/);
  });

  it("a reuseport array loads empty, and selecting from it finds nothing", () => {
    const m = createMap({ name: "reuse", type: "reuseport_sockarray", keySize: 4, valueSize: 8, maxEntries: 4, flags: 0 }, 1);
    expect(m).toBeInstanceOf(ReuseportSockarrayMap);
  });
});

describe("cgroup storage in the VM gives the kernel's results (BPF_PROG_TEST_RUN)", () => {
  const k = kernelAvailable();
  if (!k.ok) {
    skipOrFail(`bpf() is not available: ${k.reason}`);
    return;
  }
  const packet = new Uint8Array(64);
  packet[12] = 0x08; // IPv4
  packet[14] = 0x45;
  for (const c of CASES) {
    for (const repeat of [1, 2, 3]) {
      it(`${c.name}, ${repeat} run(s)`, () => {
        const program = build(COUNTER(c.off), [c.map]);
        const reply = kernelRun({
          prog_type: "cgroup_skb",
          insns_hex: bytesToHex(encodeInsns(program.insns)),
          maps: [{ name: c.map.name, type: c.map.type, key_size: c.map.keySize, value_size: c.map.valueSize, max_entries: c.map.maxEntries }],
          packet_hex: bytesToHex(packet),
          repeat,
        });
        if (!reply.available || reply.error !== undefined) throw new Error(`kernel: ${reply.available ? reply.error : reply.reason}`);
        const v = verify(program, { progType: "cgroup_skb" });
        expect(v.accepted, v.diagnostics[0]?.message).toBe(reply.accepted);
        expect(reply.result, reply.verifier_log).toBeDefined();
        const r = execute({ program, progType: "cgroup_skb", input: { packet }, repeat });
        if (typeof r === "string") throw new Error(r);
        expect(Number(r.r0)).toBe(reply.result!.r0);
        expect(Number(r.r0)).toBe(repeat & 1);
      });
    }
  }

  it("an sk_reuseport program selecting from a reuseport_sockarray: the kernel's verdict", () => {
    const reuse: MapDef = { name: "reuse", type: "reuseport_sockarray", keySize: 4, valueSize: 8, maxEntries: 4, flags: 0 };
    const program = build(REUSEPORT, [reuse]);
    const reply = kernelRun({ prog_type: "sk_reuseport", insns_hex: bytesToHex(encodeInsns(program.insns)), maps: [{ name: "reuse", type: reuse.type, key_size: 4, value_size: 8, max_entries: 4 }], load_only: true });
    if (!reply.available || reply.error !== undefined) throw new Error(`kernel: ${reply.available ? reply.error : reply.reason}`);
    const v = verify(program, { progType: "sk_reuseport" });
    expect(v.accepted, `${v.diagnostics[0]?.message}\n${reply.verifier_log}`).toBe(reply.accepted);
  });
});
