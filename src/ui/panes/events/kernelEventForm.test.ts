// The kernel event form's model: rows by name and type, typed text to values, the event used.
import { describe, expect, it } from "vitest";
import { isEventError, prepareKernelEvent } from "../../../core/events/kernel/index.ts";
import { effectiveEvent, kindsFor, rowsOf, switchTo, textOf, valueOf, withValue } from "./kernelEventForm.ts";

describe("kernel event form", () => {
  it("sys_enter_openat's rows are its format's fields with their C types, then the process", () => {
    const e = effectiveEvent(undefined, "tracepoint", "tracepoint/syscalls/sys_enter_openat");
    const { fields, process } = rowsOf(e);
    expect(fields.map((r) => `${r.name}:${r.type}:${r.kind}`)).toEqual(["__syscall_nr:int:int", "dfd:int:int", "filename:const char *:string", "flags:int:int", "mode:umode_t:int"]);
    expect(process.map((r) => r.name)).toEqual(["pid", "tgid", "uid", "gid", "comm", "cgroup_id", "ppid"]);
    expect(textOf(e, fields[2])).toBe("/etc/passwd");
  });

  it("typed text becomes the event's values; the event prepares with them", () => {
    let e = effectiveEvent(undefined, "tracepoint", "tracepoint/syscalls/sys_enter_openat");
    const { fields, process } = rowsOf(e);
    e = withValue(e, fields[2], valueOf(fields[2], "/home/me/.ssh/id_rsa").value);
    e = withValue(e, process[0], valueOf(process[0], "31337").value);
    e = withValue(e, fields[1], valueOf(fields[1], "AT_FDCWD").value);
    expect(e.fields).toMatchObject({ filename: "/home/me/.ssh/id_rsa", dfd: "AT_FDCWD" });
    expect(e.process).toEqual({ pid: 31337 });
    const p = prepareKernelEvent(e);
    expect(isEventError(p)).toBe(false);
    expect(withValue(e, fields[2], undefined).fields).not.toHaveProperty("filename");
  });

  it("a socket is JSON; bad JSON is an error kept on its row", () => {
    const e = switchTo(effectiveEvent(undefined, "kprobe"), "kprobe", "tcp_v4_connect");
    const sk = rowsOf(e).fields[0];
    expect(sk).toMatchObject({ name: "sk", kind: "json", pointee: "sock" });
    expect(valueOf(sk, '{"dport": 22}').value).toEqual({ dport: 22 });
    expect(valueOf(sk, '{"dport": 22').error).toContain("not JSON");
    expect(JSON.parse(textOf(e, sk))).toMatchObject({ dport: 443 });
  });

  it("argv as words; a kretprobe adds ret; an event of another type gives way to the section's", () => {
    const ex = switchTo(effectiveEvent(undefined, "tracepoint"), "tracepoint", "syscalls/sys_enter_execve");
    const argv = rowsOf(ex).fields.find((r) => r.name === "argv")!;
    expect(argv.kind).toBe("strings");
    expect(textOf(ex, argv)).toBe("ls -l /tmp");
    expect(valueOf(argv, "cat /etc/hosts").value).toEqual(["cat", "/etc/hosts"]);
    expect(rowsOf({ kind: "kretprobe", name: "vfs_read" }).fields.map((r) => r.name)).toEqual(["file", "buf", "count", "pos", "ret"]);
    expect(effectiveEvent(ex, "kprobe", "kprobe/tcp_v4_connect")).toMatchObject({ kind: "kprobe", name: "tcp_v4_connect" });
    expect(kindsFor("kprobe")).toEqual(["kprobe", "kretprobe"]);
  });
});
