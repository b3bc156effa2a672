import { describe, expect, it } from "vitest";
import { checkSession } from "./schema.ts";

const base = { language: "asm", dialect: "llvm", text: "r0 = 0\nexit\n" };

describe("a session's stream", () => {
  it("keeps the event list and generator settings", () => {
    const stream = { mode: "list", events: [{ kind: "packet", packet: { layers: [{ kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" }] } }, { kind: "bytes", hex: "00ff" }, { kind: "kernel", event: { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { filename: "/etc/passwd" }, process: { pid: 7 } } }], count: 500, seed: 7, template: '{ "packet": "tcp_syn" }' };
    const r = checkSession({ ...base, stream });
    expect(r.ok && r.value.stream).toEqual(stream);
  });

  it("refuses what does not belong, naming the field", () => {
    const err = (stream: unknown) => {
      const r = checkSession({ ...base, stream });
      return r.ok ? "accepted" : r.error;
    };
    expect(err({ mode: "loop" })).toBe('stream.mode: expected "generate" or "list"');
    expect(err({ events: [{ kind: "syscall" }] })).toBe('stream.events[0].kind: expected "packet", "bytes", "ctx" or "kernel"');
    expect(err({ events: [{ kind: "bytes", hex: "XY" }] })).toBe("stream.events[0].hex: expected lower-case hex");
    expect(err({ count: 0 })).toBe("stream.count: expected a whole number from 1 to 10000000");
    expect(err({ seeds: 1 })).toBe("stream.seeds: not a field bpfplay knows");
  });
});
