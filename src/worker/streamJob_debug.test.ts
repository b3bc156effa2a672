// "Debug this event" on a stream of kernel events: the debugger gets the event whole (its process,
// the memory probe reads read) with the maps and the random generator as the stream had them
// before it, so running it to the end gives the r0 and the output the stream gave that event.
// The handover is built as the UI builds it (stores/stream.ts handToDebugger, session.ts start).
import { describe, expect, it } from "vitest";
import { assemble } from "../core/asm/index.ts";
import type { DebugInput, FromStream, StreamMaps, StreamRows, ToStream } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { prepare } from "./debug/prepare.ts";
import { StreamWorker } from "./streamJob.ts";

// r0 = a random number + the count of earlier opens by this tgid; prints the filename it reads
// from user memory, that count and the random number
const OPENS = `
.section tracepoint/syscalls/sys_enter_openat
.map counts, type=hash, key_size=4, value_size=8, max_entries=64
  r6 = r1
  call bpf_get_current_pid_tgid
  r7 = r0
  r7 >>= 32
  call bpf_get_prandom_u32
  r8 = r0
  r1 = r10
  r1 += -64
  r2 = 32
  r3 = *(u64 *)(r6 + 24)
  call bpf_probe_read_user_str
  *(u32 *)(r10 - 4) = r7
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r9 = 0
  if r0 == 0 goto insert
  r9 = *(u64 *)(r0 + 0)
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
  goto print
insert:
  *(u64 *)(r10 - 16) = 1
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
print:
  r1 = 0x7525207525207325 ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0
  *(u8 *)(r10 - 72) = r1
  r1 = r10
  r1 += -80
  r2 = 9
  r3 = r10
  r3 += -64
  r4 = r9
  r5 = r8
  call bpf_trace_printk
  r0 = r8
  r0 += r9
  exit
`;

const TEMPLATE = {
  kernel: { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { dfd: "AT_FDCWD", filename: "/etc/passwd", flags: 0, mode: 0 } },
  fields: { "process.tgid": { range: [100, 103] }, "process.comm": { list: ["curl", "sshd"] }, "fields.filename": { list: ["/etc/passwd", "/tmp/x", "/home/u/.ssh/id_ed25519"] } },
};

const program = assemble(OPENS).program;

function streamOf(count: number) {
  const posted: FromStream[] = [];
  const queue: (() => void)[] = [];
  let t = 0;
  const w = new StreamWorker({ post: (m) => posted.push(m), now: () => (t += 5), later: (fn) => queue.push(fn) });
  const send = (m: Record<string, unknown>) => {
    w.handle({ ...m, v: PROTOCOL_VERSION } as unknown as ToStream);
    return posted.at(-1)!;
  };
  send({ type: "stream-run", id: 1, program, progType: "tracepoint", source: { kind: "generate", template: JSON.stringify(TEMPLATE), count, seed: 5 } });
  while (queue.length) queue.shift()!();
  return send;
}

/** What the session sends when the stream hands event `m.next` over (stores/stream.ts, session.ts). */
function handover(m: StreamMaps, keep: { maps?: boolean; random?: boolean; event?: boolean } = {}): DebugInput {
  const next = m.next!;
  const maps = m.maps.filter((x) => x.entries.length).map((x) => ({ name: x.name, entries: x.entries.map((e) => ({ keyHex: e.key, valueHex: e.value })) }));
  return {
    program,
    progType: "tracepoint",
    packetHex: next.packetHex,
    ctxHex: next.ctxHex,
    ...(keep.event !== false && next.event ? { event: next.event } : {}),
    ...(keep.maps !== false && maps.length ? { maps } : {}),
    ...(keep.random !== false ? { randomState: next.randomState } : {}),
  };
}

function debugRun(input: DebugInput): { verdict: string; output: readonly string[] } {
  const p = prepare(input);
  if ("field" in p) throw new Error(p.message);
  const stop = p.dbg.run.run(100_000);
  if (stop.kind !== "exit") throw new Error(stop.kind);
  return { verdict: `${stop.r0}`, output: [...p.dbg.run.trace] };
}

describe("Debug this event, for a kernel event of a stream", () => {
  const send = streamOf(300);
  const rows = (send({ type: "stream-rows", id: 2, from: 150, count: 20 }) as StreamRows).rows;

  it("gives the stream's r0 and output for every event tried (process, memory, maps, random state)", () => {
    for (const row of rows) {
      const m = send({ type: "stream-maps", id: 3, after: row.index - 1 }) as StreamMaps;
      expect(m.next?.index).toBe(row.index);
      expect(m.next?.event?.name).toBe("syscalls/sys_enter_openat");
      expect(debugRun(handover(m))).toEqual({ verdict: row.verdict, output: row.output });
    }
    // the output names the file the event's memory holds and the count the maps held before it
    for (const row of rows) expect(row.output).toEqual([expect.stringMatching(/^(\/etc\/passwd|\/tmp\/x|\/home\/u\/\.ssh\/id_ed25519) \d+ \d+$/)]);
  });

  it("differs without any one of them, so each is needed", () => {
    const row = rows.find((r) => !r.output[0].includes(" 0 "))!; // an event whose tgid opened before
    const m = send({ type: "stream-maps", id: 4, after: row.index - 1 }) as StreamMaps;
    const same = { verdict: row.verdict, output: row.output };
    expect(debugRun(handover(m, { maps: false }))).not.toEqual(same);
    expect(debugRun(handover(m, { random: false }))).not.toEqual(same);
    // without the event, the bytes alone: the starter process and no file behind the pointer
    expect(debugRun(handover(m, { event: false }))).not.toEqual(same);
  });
});
