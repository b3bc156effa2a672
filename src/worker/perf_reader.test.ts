// The app's sessions read every perf event array, as a user-space tool (bcc, libbpf's perf_buffer)
// would: in the debugger and in a stream run bpf_perf_event_output returns 0 and its sample shows
// (the Maps pane, the event's output), where a bare BPF_PROG_TEST_RUN would answer -ENOENT.
import { describe, expect, it } from "vitest";
import { assemble } from "../core/asm/index.ts";
import { PerfEventArrayMap } from "../core/vm/maps/index.ts";
import type { FromStream, StreamDone, ToStream } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { prepare } from "./debug/prepare.ts";
import { StreamWorker } from "./streamJob.ts";

// 8 bytes (0x42) to the current CPU's slot; r0 = the helper's result
const PERF = assemble(`.section xdp
.map events, type=perf_event_array, key_size=4, value_size=4, max_entries=2
  *(u64 *)(r10 - 8) = 0x42
  r2 = map[events] ll
  r3 = 0xffffffff ll
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  exit
`).program;

describe("perf event readers in the app's sessions", () => {
  it("the debugger: the helper returns 0 and the sample is in the map", () => {
    const p = prepare({ program: PERF, progType: "xdp", packetHex: "00".repeat(64), ctxHex: "" });
    if ("field" in p) throw new Error(p.message);
    const stop = p.dbg.run.run(1000);
    expect(stop.kind === "exit" && stop.r0).toBe(0n);
    const m = p.maps.byName("events");
    if (!(m instanceof PerfEventArrayMap)) throw new Error("no perf event array");
    expect(m.samples.map((s) => [s.cpu, Buffer.from(s.data).toString("hex")])).toEqual([[0, "4200000000000000"]]);
  });

  it("a stream run: each event's sample is in its output", () => {
    const posted: FromStream[] = [];
    const queue: (() => void)[] = [];
    let t = 0;
    const w = new StreamWorker({ post: (m) => posted.push(m), now: () => (t += 5), later: (fn) => queue.push(fn) });
    const send = (m: Record<string, unknown>) => w.handle({ ...m, v: PROTOCOL_VERSION } as unknown as ToStream);
    send({ type: "stream-run", id: 1, program: PERF, progType: "xdp", source: { kind: "generate", template: '{ "packet": "default" }', count: 3, seed: 1 } });
    for (let k = 0; k < 100 && queue.length; k++) queue.shift()!();
    const done = posted.at(-1) as StreamDone;
    expect(done.type).toBe("stream-done");
    expect(done.summary.verdicts.map((v) => v.verdict)).toEqual(["XDP_ABORTED"]); // r0 = 0: the helper delivered
    send({ type: "stream-rows", id: 2, from: 0, count: 3 });
    const rows = posted.at(-1)!;
    if (rows.type !== "stream-rows") throw new Error(rows.type);
    expect(rows.rows.map((r) => r.output)).toEqual([0, 1, 2].map(() => ["perf events: 4200000000000000"]));
  });
});
