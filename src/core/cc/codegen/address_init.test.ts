// Addresses in global initialisers, as clang emits them and libbpf loads them: `.maps` slots become
// MapDef.slots (libbpf fills them), a data pointer keeps its addend (libbpf skips .rel.data), and a
// pointer clang can prove constant folds to its target (constglobals.ts).
import { describe, expect, it } from "vitest";
import { execute } from "../../vm/execute.ts";
import { createMapSet } from "../../vm/mapset.ts";
import { compile } from "../index.ts";

const HEAD = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n`;

describe("addresses in global initialisers", () => {
  it("records a map of maps' and a prog array's initial slots, and the VM fills the prog array's", () => {
    const r = compile(
      HEAD +
        `struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, int); } in_a SEC(".maps"), in_b SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 4); __type(key, int); __array(values, struct inner); } outer SEC(".maps") = { .values = { [1] = &in_b, [3] = &in_a } };
int tail(struct xdp_md *ctx);
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __uint(key_size, 4); __array(values, int (void *)); } jumps SEC(".maps") = { .values = { [1] = (void *)&tail } };
SEC("xdp") int tail(struct xdp_md *ctx) { return XDP_DROP; }
SEC("xdp") int entry(struct xdp_md *ctx) { bpf_tail_call(ctx, &jumps, 1); return XDP_PASS; }
`,
      { file: "m.c", cpu: 3 },
    );
    expect(r.diagnostics).toEqual([]);
    const outer = r.maps.find((m) => m.name === "outer")!;
    expect(outer.slots).toEqual([{ index: 1, map: "in_b" }, { index: 3, map: "in_a" }]);
    const jumps = r.maps.find((m) => m.name === "jumps")!;
    expect(jumps.slots).toEqual([{ index: 1, prog: "tail" }]);
    const tail = r.programs.find((p) => p.name === "tail")!.program;
    const set = createMapSet([jumps], 1, (name) => (name === "tail" ? { name, insns: tail.insns } : undefined));
    if (typeof set === "string") throw new Error(set);
    const m = set.byName("jumps") as unknown as { get(i: number): { name: string } | undefined };
    expect(m.get(1)?.name).toBe("tail");
    expect(m.get(0)).toBeUndefined();
    // Each program carries the programs the slots name, so a run fills them on its own (worker, CLI).
    const entry = r.programs.find((p) => p.name === "entry")!.program;
    expect(entry.peers?.map((p) => p.name)).toEqual(["tail"]);
    const packet = new Uint8Array(64);
    const ran = execute({ program: entry, input: { packet } });
    if (typeof ran === "string") throw new Error(ran);
    expect(ran.r0).toBe(1n); // XDP_DROP from tail, not entry's XDP_PASS
    // With the slot left empty the tail call falls through, as the kernel's does.
    const alone = execute({ program: { ...entry, peers: [] }, input: { packet } });
    if (typeof alone === "string") throw new Error(alone);
    expect(alone.r0).toBe(2n);
  });

  it("keeps a mutable data pointer's addend in .data (with no relocation) and folds a static one", () => {
    const r = compile(HEAD + `int y[4] = { 1, 2, 3, 4 };\nint *mp = &y[2];\nstatic int *sp = &y[1];\nSEC("xdp") int p(struct xdp_md *ctx) { return (long)mp + *sp; }\n`, { file: "g.c", cpu: 3 });
    expect(r.diagnostics).toEqual([]);
    const data = r.maps.find((m) => m.name === ".data")!;
    // y at 0 (16 bytes), mp at 16 holding the addend 8; sp is gone, as clang drops it
    expect(data.valueSize).toBe(24);
    expect(Array.from(data.init!.subarray(16, 24))).toEqual([8, 0, 0, 0, 0, 0, 0, 0]);
    const text = r.programs[0].program.insns;
    // *sp is y[1]: a load at offset 4 of .data's map value, not through a loaded pointer
    expect(text.some((i) => i.code === 0x61 && i.off === 4)).toBe(true);
  });

  it("places an address initialiser with addend 0 in .data, not .bss, as clang does", () => {
    const r = compile(HEAD + `__u64 z;\n__u64 *pz = &z;\nSEC("xdp") int p(struct xdp_md *ctx) { return pz != 0; }\n`, { file: "b.c", cpu: 3 });
    expect(r.maps.find((m) => m.name === ".data")?.valueSize).toBe(8);
    expect(r.maps.find((m) => m.name === ".bss")?.valueSize).toBe(8);
  });
});
