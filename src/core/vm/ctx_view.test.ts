// The named context: every field from the one layout table, pointers shown as what they point
// to, the access each program type has, and the fields BPF_PROG_TEST_RUN takes from user space.
import { describe, expect, it } from "vitest";
import { field, SK_BUFF, XDP_MD } from "../isa/ctx_layouts.ts";
import type { CtxStruct } from "../isa/ctx_layouts.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { describeContext, describeLiveContext, withContextField } from "./ctx_view.ts";
import type { ContextView } from "./ctx_view.ts";
import { Run } from "./run.ts";
import { createMapSet } from "./mapset.ts";
import { assemble } from "../asm/index.ts";
import { TCP_PACKET } from "./test_util.ts";
import { createWorld } from "./world.ts";

const world = createWorld(1);
const ok = (v: ContextView | string): ContextView => {
  if (typeof v === "string") throw new Error(v);
  return v;
};
const byName = (v: ContextView, name: string) => {
  const f = v.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe("describeContext", () => {
  it("names xdp_md's fields, data and data_end as places in the packet", () => {
    const v = ok(describeContext("xdp", { packet: TCP_PACKET }, world));
    expect(v.struct).toBe("xdp_md");
    expect(v.fields.map((f) => f.name)).toEqual(XDP_MD.fields.map((f) => f.name));
    expect(byName(v, "data")).toMatchObject({ text: "packet + 0", pointer: { base: "packet", offset: 0 } });
    expect(byName(v, "data_end")).toMatchObject({ text: "packet + 64", note: "end of the packet (64 bytes from data)" });
    expect(byName(v, "data_meta").note).toBe("no metadata (= data)");
    expect(byName(v, "ingress_ifindex")).toMatchObject({ value: 1n, note: "lo", settable: true });
    expect(byName(v, "egress_ifindex").access).toBe("none");
  });

  it("shows metadata given in xdp_md.data in front of the packet", () => {
    const ctx = new Uint8Array(24);
    ctx[0] = 8; // data: 8 bytes of metadata
    ctx[4] = 8 + TCP_PACKET.length;
    const v = ok(describeContext("xdp", { packet: Uint8Array.of(...new Uint8Array(8), ...TCP_PACKET), ctx }, world));
    expect(byName(v, "data_meta")).toMatchObject({ text: "packet - 8", note: "8 bytes of metadata before data" });
    expect(byName(v, "data").text).toBe("packet + 0");
  });

  it("names __sk_buff's fields with their values as a test run sets them, and what tc may write", () => {
    const v = ok(describeContext("sched_cls", { packet: TCP_PACKET }, world));
    expect(v.fields).toHaveLength(SK_BUFF.fields.length);
    expect(byName(v, "len").value).toBe(64n);
    expect(byName(v, "protocol").note).toBe("IPv4 (0x0800 in network byte order)");
    expect(byName(v, "ifindex").note).toBe("lo");
    expect(byName(v, "cb[2]")).toMatchObject({ access: "write", settable: true });
    expect(byName(v, "hash")).toMatchObject({ access: "read", settable: false });
    expect(byName(v, "family").access).toBe("none");
    expect(byName(v, "data").text).toBe("packet + 0");
    expect(byName(v, "sk").text).toBe("socket + 0");
  });

  it("points a cgroup_skb's data at the network header, behind the link-layer header it does not see", () => {
    const v = ok(describeContext("cgroup_skb", { packet: TCP_PACKET }, world));
    expect(byName(v, "data").text).toBe("packet + 14");
    expect(byName(v, "len").value).toBe(50n);
    expect(byName(v, "data_meta").access).toBe("none");
  });

  it("gives pt_regs by register, with the calling convention's argument roles", () => {
    const regs = new Uint8Array(168);
    new DataView(regs.buffer).setBigUint64(field(progTypeByName("kprobe")!.layout!, "di").off, 0xffff888000001000n, true);
    const v = ok(describeContext("kprobe", regs, world));
    expect(byName(v, "di")).toMatchObject({ value: 0xffff888000001000n, note: "1st argument (PT_REGS_PARM1)" });
    expect(byName(v, "ax").note).toMatch(/return value/);
  });

  it("gives a raw tracepoint the arguments it was given, and a syscall program its bytes as u64 words", () => {
    const args = ok(describeContext("raw_tracepoint", new Uint8Array(24), world));
    expect(args.fields.map((f) => f.name)).toEqual(["args[0]", "args[1]", "args[2]"]);
    const sys = ok(describeContext("syscall", Uint8Array.of(7, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0), world));
    expect(sys.fields.map((f) => [f.name, f.value, f.access])).toEqual([["+0", 7n, "write"], ["+8", 9n, "write"]]);
  });

  it("reads a tracepoint record by a format's fields when the caller has them", () => {
    const format: CtxStruct = { name: "trace_event_raw_sys_enter", size: 64, fields: [{ name: "common", off: 0, size: 8, kind: "scalar" }, { name: "id", off: 8, size: 8, kind: "scalar" }, { name: "args[0]", off: 16, size: 8, kind: "scalar" }] };
    const rec = new Uint8Array(24);
    new DataView(rec.buffer).setBigUint64(8, 257n, true); // openat
    const v = ok(describeContext("tracepoint", rec, world, format));
    expect(v.fields.map((f) => [f.name, f.value, f.access])).toEqual([["common", 0n, "none"], ["id", 257n, "read"], ["args[0]", 0n, "read"]]);
  });

  it("reads a type bpfplay cannot run from the bytes alone, settable by no one", () => {
    const v = ok(describeContext("sock_ops", new Uint8Array(0), world));
    expect(v.struct).toBe("bpf_sock_ops");
    expect(byName(v, "op")).toMatchObject({ value: 0n, settable: false });
    expect(describeContext("no_such_type", new Uint8Array(0), world)).toMatch(/unknown program type/);
  });

  it("follows a live run: the packet moved by bpf_xdp_adjust_head, a field the program wrote", () => {
    const a = assemble("r6 = r1\nr2 = 14\ncall bpf_xdp_adjust_head\nr0 = 2\nexit");
    const maps = createMapSet(a.program.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const run = new Run({ program: a.program, progType: progTypeByName("xdp")!, input: { packet: TCP_PACKET }, maps, world });
    expect(run.run().kind).toBe("exit");
    const v = describeLiveContext(run.opts.progType, run.ctx, world);
    expect(byName(v, "data").text).toBe("packet + 14");
    expect(byName(v, "data_end").note).toBe("end of the packet (50 bytes from data)");
  });
});

describe("withContextField", () => {
  it("sets a field user space may give, growing the bytes to hold it", () => {
    const c = withContextField("sched_cls", new Uint8Array(0), "mark", 0x1234n);
    if (typeof c === "string") throw new Error(c);
    expect(c.length).toBe(SK_BUFF.size);
    const v = ok(describeContext("sched_cls", { packet: TCP_PACKET, ctx: c }, world));
    expect(byName(v, "mark").value).toBe(0x1234n);
    const a = withContextField("raw_tracepoint", new Uint8Array(8), "args[2]", -1n);
    expect(a).toEqual(Uint8Array.of(...new Uint8Array(16), ...new Uint8Array(8).fill(0xff)));
  });

  it("refuses a field BPF_PROG_TEST_RUN takes no value for, and a name the struct lacks", () => {
    expect(withContextField("sched_cls", new Uint8Array(0), "len", 1n)).toMatch(/does not take __sk_buff.len/);
    expect(withContextField("xdp", new Uint8Array(0), "nope", 1n)).toMatch(/has no field nope/);
    expect(withContextField("sock_ops", new Uint8Array(0), "op", 1n)).toMatch(/does not take/);
  });
});
