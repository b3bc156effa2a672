// `bpfplay run --event FILE.json`: one kernel event or a list, per-event results and a summary.
import { describe, expect, it } from "vitest";
import { runInMemory } from "../memory_io.ts";

const cli = (argv: string[], files: Record<string, string | Uint8Array> = {}) => runInMemory(argv, files, { disk: true });

const OPENAT_C = "src/core/events/kernel/testdata/openat.bpf.c";
const OPENAT = { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { dfd: -100, filename: "/etc/passwd", flags: 0, mode: 0 }, process: { pid: 1234, comm: "cat" } };

describe("run --event", () => {
  it("one event: the program reads the filename it points to; the process is the event's", () => {
    const r = cli(["run", OPENAT_C, "--event", "ev.json"], { "ev.json": JSON.stringify(OPENAT) });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("trace: openat /etc/passwd");
    expect(r.stdout).toContain("event 0: tracepoint syscalls/sys_enter_openat (pid 1234, cat): r0 = 0");
    expect(r.status).toBe(0);
  });

  it("a list in --json: per-event results, a summary, the maps after the last", () => {
    const list = [OPENAT, { ...OPENAT, fields: { filename: "/tmp/x" }, process: { pid: 7, tgid: 7, comm: "touch" } }];
    const r = cli(["run", OPENAT_C, "--event", "ev.json", "--json"], { "ev.json": JSON.stringify(list) });
    const j = r.json();
    expect(j.results.map((x: { pid: number; trace_pipe: string[] }) => [x.pid, x.trace_pipe])).toEqual([[1234, ["openat /etc/passwd"]], [7, ["openat /tmp/x"]]]);
    expect(j.summary).toMatchObject({ events: 2, r0: { "0": 2 }, errors: 0 });
    expect(j.maps.names[0].value.startsWith(Buffer.from("/tmp/x").toString("hex") + "00")).toBe(true);
  });

  it("a tracepoint whose record ends before the program's furthest read is not attached (EACCES)", () => {
    // sys_exit_openat's record ends at byte 24; the program reads 8 bytes at 40
    const r = cli(["run", "p.s", "--type", "tracepoint", "--event", "ev.json"], { "p.s": "r0 = *(u64 *)(r1 + 40)\nr0 = 0\nexit\n", "ev.json": JSON.stringify({ kind: "tracepoint", name: "syscalls/sys_exit_openat", fields: { ret: 3 } }) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("failed to attach to tracepoint 'syscalls/sys_exit_openat': Permission denied (EACCES): the program reads its context up to byte 48, and the tracepoint's record ends at byte 24");
  });

  it("bad events name the place; an event of another context is refused", () => {
    const bad = cli(["run", OPENAT_C, "--event", "ev.json"], { "ev.json": JSON.stringify([OPENAT, { ...OPENAT, fields: { filenam: "/x" } }]) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--event ev.json[1].fields: syscalls/sys_enter_openat has no field 'filenam'");
    const kp = cli(["run", OPENAT_C, "--event", "ev.json"], { "ev.json": JSON.stringify({ kind: "kprobe", name: "tcp_v4_connect" }) });
    expect(kp.stderr).toContain("a kprobe event gives a kprobe context, and the program is of type tracepoint");
  });

  it("a kprobe event: BPF_CORE_READ(sk, __sk_common.skc_dport) reads the typed port", () => {
    const ev = { kind: "kprobe", name: "tcp_v4_connect", fields: { sk: { saddr: "10.0.0.1", daddr: "1.1.1.1", sport: 5555, dport: 8443 } } };
    const r = cli(["run", "src/core/events/kernel/testdata/connect.bpf.c", "--event", "ev.json", "--json"], { "ev.json": JSON.stringify(ev) });
    const out = r.json().result.maps.out;
    expect(Buffer.from(out[0].value, "hex").readBigUInt64LE(0)).toBe(8443n);
  });
});
