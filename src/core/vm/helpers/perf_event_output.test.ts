// bpf_perf_event_output with and without a reader on the perf event array: a session (the app, the
// CLI) attaches one, as bcc or libbpf's perf_buffer does, and the helper returns 0 with a sample kept;
// by default nothing reads it, as under BPF_PROG_TEST_RUN, and the helper returns -ENOENT
// (test/kernel/programs/perf_event_output.s holds that case to the kernel).
import { describe, expect, it } from "vitest";
import { compile } from "../../cc/index.ts";
import type { Program } from "../../program.ts";
import { StreamRunner } from "../../stream/runner.ts";
import { execute } from "../execute.ts";
import { sessionMaps } from "../mapset.ts";
import { PerfEventArrayMap } from "../maps/index.ts";
import { runAsm, TCP_PACKET } from "../test_util.ts";

const ENOENT = 0xfffffffffffffffen; // -2 as r0 (unsigned 64 bits)
const ENOENT_INT = 0xfffffffen; // -2 returned as the C function's int (r0's low 32 bits)

// 0x42 as 8 bytes to the current CPU's slot, then 0x43 to slot 1; r0 = the first call's result
const ASM = `.map events, type=perf_event_array, key_size=4, value_size=4, max_entries=2
  r6 = r1
  *(u64 *)(r10 - 8) = 0x42
  r2 = map[events] ll
  r3 = 0xffffffff ll
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  r7 = r0
  *(u64 *)(r10 - 8) = 0x43
  r1 = r6
  r2 = map[events] ll
  r3 = 1
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  r0 = r7
  exit
`;

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
  it("assembly: with readers r0 = 0 and a sample per call, by slot; without, -ENOENT and no sample", () => {
    const on = runAsm(ASM, { progType: "xdp", input: { packet: TCP_PACKET }, perfReaders: true });
    expect(on.r0).toBe(0n);
    const d = on.maps.events;
    expect(d.kind === "entries" && d.entries.map((e) => [hex(e.key), hex(e.value)])).toEqual([
      ["00000000", "4200000000000000"],
      ["01000000", "4300000000000000"],
    ]);

    const off = runAsm(ASM, { progType: "xdp", input: { packet: TCP_PACKET } });
    expect(off.r0).toBe(ENOENT);
    expect(off.maps.events).toEqual({ kind: "entries", entries: [] });
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
    expect(perfOf(sessionMaps(program, 2, [], { perfReaders: true })).map((m) => m.readers)).toEqual([true]);
    expect(perfOf(sessionMaps(program, 2, [])).map((m) => m.readers)).toEqual([false]);
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
