// The gallery's "Log execve through a ring buffer": compiled by bpfplay's C compiler, run on an
// execve event, its ring buffer record decoded by the struct the program reserves it as.
import { describe, expect, it } from "vitest";
import { compile } from "../../../core/cc/index.ts";
import { fromHex } from "../../../core/events/bytes.ts";
import { decodeRecord, recordChoices, recordTypeOf } from "../../../core/stream/records.ts";
import { StreamRunner } from "../../../core/stream/index.ts";
import { galleryById } from "../../examples/gallery/index.ts";

describe("the execve ring buffer example's records, decoded", () => {
  it("pid, comm and filename by name, as the event gave them", () => {
    const ex = galleryById("c-execve-ringbuf")!;
    const c = compile(ex.text);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const program = c.programs[0].program;
    const type = recordTypeOf(program.debug, "execs");
    expect(type !== undefined && program.debug!.types[type].name).toBe("struct exec_event");
    expect(recordChoices(program.debug).map((t) => t.name)).toContain("struct exec_event");

    const runner = StreamRunner.create({ program });
    if (typeof runner === "string") throw new Error(runner);
    const r = runner.run({ kind: "kernel", event: { kind: "tracepoint", name: "syscalls/sys_enter_execve", fields: { filename: "/usr/bin/curl", argv: ["curl", "example.com"] }, process: { pid: 777, tgid: 770, comm: "curl" } } });
    expect(r.verdict).toBe("0");
    const line = r.output.find((o) => o.startsWith("ringbuf execs: "))!;
    const bytes = fromHex(line.slice("ringbuf execs: ".length))!;
    const d = decodeRecord(bytes, program.debug!.types, type!);
    expect(d.note).toBeUndefined();
    expect(d.fields.map((f) => `${f.name}: ${f.c} = ${f.text}`)).toEqual(['pid: __u32 = 770', 'comm: char[16] = "curl"', 'filename: char[64] = "/usr/bin/curl"']);
    expect(d.fields[0].hex).toBe("0x302");
  });
});
