// A cgroup_sock_addr program's context in the VM (BPF_PROG_TEST_RUN cannot run the type, so the
// context is bpfplay's own): the made-up call per attach type, the user's bytes in its place,
// ctx->sk as a socket, stores only where the attach type may write, and bpf_bind.
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { BPF_SOCK_ADDR, field } from "../isa/ctx_layouts.ts";
import { describeContext, withContextField } from "./ctx_view.ts";
import type { ContextView } from "./ctx_view.ts";
import { execute } from "./execute.ts";
import type { ExecuteResult } from "./execute.ts";
import { createWorld } from "./world.ts";

const world = createWorld(1);
const ok = (v: ContextView | string): ContextView => {
  if (typeof v === "string") throw new Error(v);
  return v;
};
const byName = (v: ContextView, name: string) => v.fields.find((x) => x.name === name)!;
const run = (progType: string, text: string, ctx?: Uint8Array): ExecuteResult => {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const r = execute({ program: a.program, progType, input: ctx ? { ctx } : {} });
  if (typeof r === "string") throw new Error(r);
  return r;
};
const u32At = (b: Uint8Array, name: string) => new DataView(b.buffer, b.byteOffset).getUint32(field(BPF_SOCK_ADDR, name).off, true);

describe("cgroup_sock_addr context", () => {
  it("is a connect4 call to 192.0.2.1 port 80 from a TCP socket; the program reads it and rewrites the port", () => {
    const r = run(
      "cgroup/connect4",
      `
  r2 = *(u32 *)(r1 + 4)
  r3 = *(u16 *)(r1 + 24)
  r4 = *(u64 *)(r1 + 64)
  r5 = *(u32 *)(r4 + 8)
  if r3 != 0x5000 goto out
  *(u32 *)(r1 + 24) = 0x901f
out:
  r0 = r5
  exit`,
    );
    expect(r.fault).toBeUndefined();
    expect(r.r0).toBe(1n); // ctx->sk->type: SOCK_STREAM
    expect(u32At(r.ctxOut!, "user_ip4")).toBe(0x010200c0);
    expect(u32At(r.ctxOut!, "user_port")).toBe(0x901f); // 8080 in network byte order
  });

  it("shows each field by name with what it means, what the attach type may do, and ctx->sk as the socket", () => {
    const v = ok(describeContext("cgroup/sendmsg6", new Uint8Array(0), world));
    expect(v.struct).toBe("bpf_sock_addr");
    expect(v.fields.map((f) => f.name)).toEqual(BPF_SOCK_ADDR.fields.map((f) => f.name));
    expect(byName(v, "user_family")).toMatchObject({ value: 10n, note: "AF_INET6", access: "read", settable: true });
    expect(byName(v, "user_ip4").access).toBe("none");
    expect(byName(v, "user_ip6[0]")).toMatchObject({ value: 0xb80d0120n, access: "write" });
    expect(byName(v, "user_port").note).toBe("port 80 (network byte order)");
    expect(byName(v, "type").note).toBe("SOCK_DGRAM");
    expect(byName(v, "protocol").note).toBe("IPPROTO_UDP");
    expect(byName(v, "msg_src_ip4").access).toBe("none");
    expect(byName(v, "msg_src_ip6[3]").access).toBe("write");
    expect(byName(v, "sk")).toMatchObject({ text: "socket + 0", settable: false, note: "the socket the call is made on (struct bpf_sock)" });
    const unix = ok(describeContext("cgroup/connect_unix", new Uint8Array(0), world));
    expect(byName(unix, "user_family").note).toBe("AF_UNIX");
    expect(byName(unix, "user_port").value).toBe(0n);
  });

  it("takes the fields the user sets in place of the made-up call", () => {
    const ctx = withContextField("cgroup/bind4", new Uint8Array(0), "user_port", 0x5000n);
    if (typeof ctx === "string") throw new Error(ctx);
    expect(ctx.length).toBe(BPF_SOCK_ADDR.size);
    const r = run("cgroup/bind4", "  r0 = *(u32 *)(r1 + 24)\n  exit", ctx);
    expect(r.r0).toBe(0x5000n);
    expect(withContextField("cgroup/bind4", ctx, "sk", 1n)).toMatch(/does not take bpf_sock_addr.sk/);
  });

  it("refuses a store the attach type may not make (run without the verifier)", () => {
    const r = run("cgroup/connect4", "  r2 = 6\n  *(u32 *)(r1 + 36) = r2\n  r0 = 1\n  exit");
    expect(r.fault?.message).toMatch(/read-only/);
  });

  it("binds the socket of a connect hook with bpf_bind, as the kernel checks the address", () => {
    // struct sockaddr_in { AF_INET, port 8080 (network order), 10.0.0.1 }
    const call = (len: number) => `
  r6 = r1
  r2 = 0x0100000a901f0002 ll
  *(u64 *)(r10 - 16) = r2
  r2 = 0
  *(u64 *)(r10 - 8) = r2
  r2 = r10
  r2 += -16
  r3 = ${len}
  call bpf_bind
  r7 = r0
  r4 = *(u64 *)(r6 + 64)
  r5 = *(u32 *)(r4 + 44)
  r0 = r7
  r0 <<= 32
  r0 |= r5
  exit`;
    const bound = run("cgroup/connect4", call(16));
    expect(bound.fault).toBeUndefined();
    expect(bound.r0).toBe(8080n); // returned 0; ctx->sk->src_port is 8080 (host byte order)
    const short = run("cgroup/connect4", call(8));
    expect(short.r0! >> 32n).toBe(0xffffffean); // -EINVAL
  });
});
