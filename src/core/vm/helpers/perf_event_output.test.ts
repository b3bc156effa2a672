// bpf_perf_event_output with and without readers on the perf event array: a session (the app, the
// CLI) attaches one per CPU, as bcc or libbpf's perf_buffer does, and the helper returns 0 with a
// sample kept; by default nothing reads it, as under BPF_PROG_TEST_RUN, and the helper returns
// -ENOENT (test/kernel/programs/perf_event_output*.s hold that case and the flag checks to the kernel).
import { describe, expect, it } from "vitest";
import { compile } from "../../cc/index.ts";
import type { Program } from "../../program.ts";
import { StreamRunner } from "../../stream/runner.ts";
import { execute } from "../execute.ts";
import type { MapDump } from "../execute.ts";
import { sessionMaps } from "../mapset.ts";
import { PerfEventArrayMap } from "../maps/index.ts";
import { runAsm, TCP_PACKET } from "../test_util.ts";

const ENOENT_INT = 0xfffffffen; // -2 returned as the C function's int (r0's low 32 bits)

// three samples of 0x42 (8 bytes): to the current CPU's slot, to slot 1 (CPU 1's), and to the current
// CPU's with the packet's first 4 bytes (flags bits 32..51); each result to out[0..2]
const ASM = `.map events, type=perf_event_array, key_size=4, value_size=4, max_entries=2
.map out, type=array, key_size=4, value_size=24, max_entries=1
  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0x42
  r2 = map[events] ll
  r3 = 0xffffffff ll
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 1
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 0x4ffffffff ll
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 16) = r0
  r0 = 0
  exit
`;

/** The three results the program keeps, as signed numbers. */
function results(maps: Record<string, MapDump>): number[] {
  const d = maps.out;
  if (d.kind !== "entries") throw new Error(d.kind);
  const v = new DataView(d.entries[0].value.buffer, d.entries[0].value.byteOffset);
  return [0, 8, 16].map((o) => Number(v.getBigInt64(o, true)));
}

const C = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sample { __u32 len; __u32 tag; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); __uint(max_entries, 2); } perf SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct sample s = { ctx->data_end - ctx->data, 0xabcd };
	return bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &s, sizeof(s));
}

char LICENSE[] SEC("license") = "GPL";
`;

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function runC(program: Program, perfReaders: boolean) {
  const r = execute({ program, progType: "xdp", input: { packet: TCP_PACKET }, perfReaders });
  if (typeof r === "string") throw new Error(r);
  return r;
}

describe("bpf_perf_event_output and a perf event reader", () => {
  it("assembly: with readers 0 and a sample to the current CPU's slot (the packet's bytes appended when asked), -EOPNOTSUPP to another CPU's; without, -ENOENT and no sample", () => {
    const on = runAsm(ASM, { progType: "xdp", input: { packet: TCP_PACKET }, perfReaders: true });
    expect(results(on.maps)).toEqual([0, -95, 0]);
    const d = on.maps.events;
    expect(d.kind === "entries" && d.entries.map((e) => [hex(e.key), hex(e.value)])).toEqual([
      ["00000000", "4200000000000000"],
      ["00000000", "4200000000000000" + hex(TCP_PACKET.subarray(0, 4))],
    ]);

    const off = runAsm(ASM, { progType: "xdp", input: { packet: TCP_PACKET } });
    expect(results(off.maps)).toEqual([-2, -2, -2]);
    expect(off.maps.events).toEqual({ kind: "entries", entries: [] });
  });

  it("a raw tracepoint takes no context length (-EINVAL), readers or not", () => {
    const ctx = new Uint8Array(8);
    const on = runAsm(ASM, { input: { ctx }, perfReaders: true });
    expect(results(on.maps)).toEqual([0, -95, -22]);
    expect(results(runAsm(ASM, { input: { ctx } }).maps)).toEqual([-2, -2, -22]);
  });

  it("C: the struct's bytes as the sample; without readers the program returns -2", () => {
    const c = compile(C);
    const program = c.programs[0].program;
    const withReader = runC(program, true);
    expect(withReader.r0).toBe(0n);
    const d = withReader.maps.perf;
    expect(d.kind === "entries" && d.entries.map((e) => hex(e.value))).toEqual(["40000000cdab0000"]);
    const without = runC(program, false);
    expect(without.r0).toBe(ENOENT_INT);
    expect(without.maps.perf).toEqual({ kind: "entries", entries: [] });
  });

  it("sessionMaps attaches a reader to every perf event array only when asked, and sizes an unsized one by CPUs", () => {
    const program = compile(C).programs[0].program;
    const perfOf = (m: ReturnType<typeof sessionMaps>) => (typeof m === "string" ? [] : m.maps.filter((x) => x instanceof PerfEventArrayMap));
    // a perf event per CPU, as libbpf's perf_buffer opens them; none by default
    expect(perfOf(sessionMaps(program, 2, [], { perfReaders: true })).map((m) => m.readers)).toEqual([2]);
    expect(perfOf(sessionMaps(program, 2, [])).map((m) => m.readers)).toEqual([0]);
    // declared without max_entries (as libbpf tools do): a slot per CPU, as libbpf sizes it at load
    const bare = compile(C.replace(" __uint(max_entries, 2);", "")).programs[0].program;
    expect(bare.maps.find((m) => m.name === "perf")?.maxEntries).toBe(0);
    expect(perfOf(sessionMaps(bare, 3, [], { perfReaders: true })).map((m) => m.def.maxEntries)).toEqual([3]);
    expect(runC(bare, true).r0).toBe(0n);
  });

  it("a stream: each event's sample is its output with readers, none without", () => {
    const program = compile(C).programs[0].program;
    const stream = (perfReaders: boolean) => {
      const s = StreamRunner.create({ program, progType: "xdp", perfReaders });
      if (typeof s === "string") throw new Error(s);
      return [0, 1].map(() => s.runInput({ packet: TCP_PACKET }));
    };
    expect(stream(true).map((r) => [r.r0, r.output])).toEqual([
      [0n, ["perf perf: 40000000cdab0000"]],
      [0n, ["perf perf: 40000000cdab0000"]],
    ]);
    expect(stream(false).map((r) => [r.r0, r.output])).toEqual([
      [ENOENT_INT, []],
      [ENOENT_INT, []],
    ]);
  });
});
