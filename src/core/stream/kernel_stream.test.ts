// A stream of kernel events: a template over sys_enter_openat with the pid and comm drawn; a
// tracepoint program counts opens per pid (bpf_get_current_pid_tgid reads the event's process).
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { describeEvent, generatedSource, isTemplateError, parseTemplate, parseTemplateText, StreamRunner, StreamTally } from "./index.ts";

const COUNT_PIDS = `
.section tracepoint/syscalls/sys_enter_openat
.map counts, type=hash, key_size=4, value_size=8, max_entries=1024
  call bpf_get_current_pid_tgid
  r0 >>= 32
  *(u32 *)(r10 - 4) = r0
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto insert
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
  r0 = 0
  exit
insert:
  *(u64 *)(r10 - 16) = 1
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r0 = 0
  exit
`;

const TEMPLATE = {
  kernel: { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { dfd: "AT_FDCWD", filename: "/etc/passwd", flags: 0, mode: 0 } },
  fields: { "process.pid": { range: [100, 104] }, "process.comm": { list: ["curl", "sshd"] }, "fields.filename": { list: ["/etc/passwd", "/tmp/x"] } },
};

describe("a stream of kernel events", () => {
  it("draws the process per event and the program sees it", () => {
    const t = parseTemplate(TEMPLATE);
    if (isTemplateError(t)) throw new Error(t.message);
    const a = assemble(COUNT_PIDS);
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const runner = StreamRunner.create({ program: a.program });
    if (typeof runner === "string") throw new Error(runner);
    const source = generatedSource(t, 4, 500);
    const tally = new StreamTally();
    const pids: Record<number, number> = {};
    for (let i = 0; i < source.length; i++) {
      const e = source.at(i);
      if (e.kind !== "kernel") throw new Error(e.kind);
      pids[e.event.process!.pid!] = (pids[e.event.process!.pid!] ?? 0) + 1;
      tally.add(runner.run(e));
    }
    expect(tally.summary(1).verdicts).toEqual([{ verdict: "0", count: 500 }]);
    const counts = runner.dump().counts;
    const got: Record<number, number> = {};
    if (counts.kind === "entries") for (const x of counts.entries) got[new DataView(x.key.buffer, x.key.byteOffset).getUint32(0, true)] = Number(new DataView(x.value.buffer, x.value.byteOffset).getBigUint64(0, true));
    expect(got).toEqual(pids);
    expect(Object.keys(got).map(Number).sort()).toEqual([100, 101, 102, 103, 104]);
    expect(describeEvent(source.at(0))).toMatch(/^tracepoint syscalls\/sys_enter_openat pid 10\d (curl|sshd) dfd="AT_FDCWD" filename="\/(etc\/passwd|tmp\/x)"/);
  });

  it("locates a kernel template's mistake", () => {
    const text = `{
  "kernel": { "kind": "tracepoint", "name": "syscalls/sys_enter_openat" },
  "fields": { "pid": { "range": [1, 2] } }
}`;
    const e = parseTemplateText(text);
    expect(isTemplateError(e) && `${e.place?.line}:${e.place?.column} ${e.message}`).toBe('3:22 a kernel event\'s drawn fields are under "fields" or "process" (like process.pid, fields.fd)');
  });
});
