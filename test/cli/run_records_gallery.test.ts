// `bpfplay run --event` and `--events` on the gallery's "Log execve through a ring buffer" (C): each
// ring buffer record printed as the members of struct exec_event, in text and (a `decoded` object
// beside the hex) in --json. Here and not beside the CLI, which may not import the UI's gallery.
import { describe, expect, it } from "vitest";
import { galleryById } from "../../src/ui/examples/gallery/index.ts";
import { runInMemory } from "../../src/cli/memory_io.ts";

const cli = (argv: string[], files: Record<string, string | Uint8Array> = {}) => runInMemory(argv, files);

const EXECVE = galleryById("c-execve-ringbuf")!;
const EVENT = EXECVE.events!.kernel!;
const EXEC_FILES = {
  "execve.bpf.c": EXECVE.text,
  "ev.json": JSON.stringify(EVENT),
  "evs.json": JSON.stringify([EVENT, { ...EVENT, fields: { filename: "/bin/ls" }, process: { pid: 9, comm: "sh" } }]),
  "t.json": JSON.stringify({ kernel: EVENT, fields: { "process.pid": { list: [300, 301] } } }),
};
const EXEC_DATA = (pid: number, comm: string, file: string) =>
  Buffer.concat([Buffer.from(Uint32Array.of(pid).buffer), Buffer.from(comm.padEnd(16, "\0")), Buffer.from(file.padEnd(64, "\0"))]).toString("hex");

describe("run: the execve example's ring buffer records, decoded by struct exec_event", () => {
  it("--event (the gallery's execve example): a record per event, by member, in text and --json (per event and in the maps)", () => {
    const one = cli(["run", "execve.bpf.c", "--event", "ev.json"], EXEC_FILES);
    expect(one.status).toBe(0);
    expect(one.stderr).toBe("");
    expect(one.stdout).toBe('event 0: tracepoint syscalls/sys_enter_execve (pid 2001, bash): r0 = 0 (0x0), 24 instructions executed\nevent 0: ringbuf execs: { pid = 2001, comm = "bash", filename = "/usr/bin/curl" }\n');

    const list = cli(["run", "execve.bpf.c", "--event", "evs.json"], EXEC_FILES);
    expect(list.stdout.split("\n").filter((l) => l.includes("ringbuf"))).toEqual(['event 0: ringbuf execs: { pid = 2001, comm = "bash", filename = "/usr/bin/curl" }', 'event 1: ringbuf execs: { pid = 9, comm = "sh", filename = "/bin/ls" }']);

    const j = cli(["run", "execve.bpf.c", "--event", "ev.json", "--json"], EXEC_FILES).json();
    expect(j.result.maps.execs).toEqual([{ data: EXEC_DATA(2001, "bash", "/usr/bin/curl"), discarded: false, decoded_as: "struct exec_event", decoded: { pid: 2001, comm: "bash", filename: "/usr/bin/curl" } }]);
    const jl = cli(["run", "execve.bpf.c", "--event", "evs.json", "--json"], EXEC_FILES).json();
    expect(jl.maps.execs.map((x: { decoded: unknown }) => x.decoded)).toEqual([{ pid: 2001, comm: "bash", filename: "/usr/bin/curl" }, { pid: 9, comm: "sh", filename: "/bin/ls" }]);
    // each event's result lists the record it wrote
    const rec = (pid: number, comm: string, filename: string) => [{ kind: "ringbuf", map: "execs", data: EXEC_DATA(pid, comm, filename), decoded_as: "struct exec_event", decoded: { pid, comm, filename } }];
    expect(j.result.records).toEqual(rec(2001, "bash", "/usr/bin/curl"));
    expect(jl.results.map((x: { records: unknown }) => x.records)).toEqual([rec(2001, "bash", "/usr/bin/curl"), rec(9, "sh", "/bin/ls")]);
  });

  it("--events: output lines decoded in text; --json keeps output and adds records with decoded members", () => {
    const t = cli(["run", "execve.bpf.c", "--events", "2", "--template", "t.json"], EXEC_FILES);
    expect(t.status).toBe(0);
    const lines = t.stdout.split("\n").filter((l) => l.includes("ringbuf"));
    expect(lines).toHaveLength(2);
    for (const [i, l] of lines.entries()) expect(l).toMatch(new RegExp(`^event ${i}: ringbuf execs: \\{ pid = 30[01], comm = "bash", filename = "/usr/bin/curl" \\}$`));

    const j = cli(["run", "execve.bpf.c", "--events", "2", "--template", "t.json", "--json"], EXEC_FILES).json();
    for (const e of j.events) {
      const pid = e.records[0].decoded.pid;
      expect([300, 301]).toContain(pid);
      expect(e.output).toEqual([`ringbuf execs: ${EXEC_DATA(pid, "bash", "/usr/bin/curl")}`]);
      expect(e.records).toEqual([{ kind: "ringbuf", map: "execs", data: EXEC_DATA(pid, "bash", "/usr/bin/curl"), decoded_as: "struct exec_event", decoded: { pid, comm: "bash", filename: "/usr/bin/curl" } }]);
    }
  });

});
