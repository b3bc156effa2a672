// Maps of maps in the VM against the kernel's BPF_PROG_TEST_RUN: a lookup in an array or hash
// of maps gives the inner map (or NULL), which the program looks up in and writes to; r0 and
// every inner map's entries must be the kernel's. The kernel's harness fills an array of maps
// with a fresh inner map per slot, as bpfplay's session does (test/kernel/bpf_ref.py).
import { describe, expect, it } from "vitest";
import { assemble } from "../../asm/index.ts";
import { bytesToHex, encodeInsns } from "../../isa/index.ts";
import type { MapDef } from "../../program.ts";
import { verify } from "../../verifier/index.ts";
import { execute } from "../execute.ts";
import { kernelAvailable, kernelRun } from "../../../../test/kernel/reference.ts";
import type { KernelMapSpec } from "../../../../test/kernel/reference.ts";
import { skipOrFail } from "../../../../test/support/skip.ts";

const spec = (d: MapDef): KernelMapSpec => ({ name: d.name, type: d.type, key_size: d.keySize, value_size: d.valueSize, max_entries: d.maxEntries, flags: d.flags, ...(d.inner ? { inner: spec(d.inner) } : {}) });
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

const inner: MapDef = { name: "inner", type: "array", keySize: 4, valueSize: 8, maxEntries: 4, flags: 0 };
const innerHash: MapDef = { name: "inner", type: "hash", keySize: 4, valueSize: 8, maxEntries: 4, flags: 0 };

/** Slot `slot` of the outer map, then key `key` of its inner map: add `add` to the u64 there (creating it in a hash); r0 = 1 if both lookups succeed. */
const PROGRAM = (slot: number, key: number, add: number, innerIsHash: boolean) => `
  r6 = ${slot}
  *(u32 *)(r10 - 4) = r6
  r6 = ${key}
  *(u32 *)(r10 - 8) = r6
  r0 = 0
  r1 = outer ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r7 = r0
${
  innerIsHash
    ? `  r1 = 0
  *(u64 *)(r10 - 16) = r1
  r1 = r7
  r2 = r10
  r2 += -8
  r3 = r10
  r3 += -16
  r4 = 1
  call bpf_map_update_elem
`
    : ""
}  r1 = r7
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  if r0 == 0 goto miss
  r1 = *(u64 *)(r0 + 0)
  r1 += ${add}
  *(u64 *)(r0 + 0) = r1
  r0 = 1
  exit
miss:
  r0 = 2
out:
  exit
`;

const CASES: { name: string; outer: MapDef; slot: number; key: number; init?: string[] }[] = [
  { name: "array of arrays, slot 1 key 2", outer: { name: "outer", type: "array_of_maps", keySize: 4, valueSize: 4, maxEntries: 2, flags: 0, inner }, slot: 1, key: 2 },
  { name: "array of arrays, a slot past the end", outer: { name: "outer", type: "array_of_maps", keySize: 4, valueSize: 4, maxEntries: 2, flags: 0, inner }, slot: 2, key: 0 },
  { name: "array of arrays, a key past the inner end", outer: { name: "outer", type: "array_of_maps", keySize: 4, valueSize: 4, maxEntries: 2, flags: 0, inner }, slot: 0, key: 4 },
  { name: "array of hashes", outer: { name: "outer", type: "array_of_maps", keySize: 4, valueSize: 4, maxEntries: 3, flags: 0, inner: innerHash }, slot: 2, key: 7 },
  { name: "an empty hash of maps", outer: { name: "outer", type: "hash_of_maps", keySize: 4, valueSize: 4, maxEntries: 3, flags: 0, inner }, slot: 0, key: 0 },
];

function build(c: (typeof CASES)[number]) {
  const isHash = c.outer.inner!.type === "hash";
  const { program, diagnostics } = assemble(PROGRAM(c.slot, c.key, 5, isHash), { maps: [c.outer] });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return program;
}

describe("maps of maps in the VM", () => {
  it("a lookup gives the inner map, which keeps its values across runs", () => {
    const program = build(CASES[0]);
    expect(verify(program, { progType: "xdp" }).accepted).toBe(true);
    const r = execute({ program, progType: "xdp", input: { packet: new Uint8Array(64) }, repeat: 3 });
    if (typeof r === "string") throw new Error(r);
    expect(r.r0).toBe(1n);
  });

  it("a hash of maps gets an inner map for each key user space adds", () => {
    const outer: MapDef = { name: "outer", type: "hash_of_maps", keySize: 4, valueSize: 4, maxEntries: 2, flags: 0, inner };
    const program = build({ name: "", outer, slot: 9, key: 1 });
    const r = execute({ program, progType: "xdp", input: { packet: new Uint8Array(64) }, init: [{ map: "outer", key: Uint8Array.of(9, 0, 0, 0), value: new Uint8Array(4) }] });
    if (typeof r === "string") throw new Error(r);
    expect(r.r0).toBe(1n);
  });
});

describe("maps of maps in the VM give the kernel's results (BPF_PROG_TEST_RUN)", () => {
  const k = kernelAvailable();
  if (!k.ok) {
    skipOrFail(`bpf() is not available: ${k.reason}`);
    return;
  }
  for (const c of CASES) {
    it(c.name, () => {
      const program = build(c);
      const packet = new Uint8Array(64);
      const reply = kernelRun({ prog_type: "xdp", insns_hex: bytesToHex(encodeInsns(program.insns)), maps: [spec(c.outer)], packet_hex: hex(packet), repeat: 2 });
      if (!reply.available || reply.error !== undefined) throw new Error(`kernel: ${reply.available ? reply.error : reply.reason}`);
      const v = verify(program, { progType: "xdp" });
      expect(v.accepted, v.diagnostics[0]?.message).toBe(reply.accepted);
      if (!reply.result) return;
      const r = execute({ program, progType: "xdp", input: { packet }, repeat: 2 });
      if (typeof r === "string") throw new Error(r);
      expect(Number(BigInt.asUintN(32, r.r0 ?? -1n))).toBe(reply.result.r0);
      // the inner maps' entries, slot by slot, against the kernel's dump
      const kernelInner = (reply.result.maps.outer as unknown as { key: string; inner?: { key: string; value: string }[] }[]).map((e) => ({ key: e.key, inner: e.inner }));
      const ours = r.innerMaps.outer.map((s) => ({ key: hex(s.key), inner: s.entries.map((e) => ({ key: hex(e.key), value: hex(e.value) })) }));
      expect(ours).toEqual(kernelInner);
    });
  }
});
