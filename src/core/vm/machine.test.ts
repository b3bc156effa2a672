import { describe, expect, it } from "vitest";
import { runAsm, TCP_PACKET } from "./test_util.ts";

const r0 = (text: string) => runAsm(text).r0;

describe("ALU semantics (RFC 9669)", () => {
  it("64-bit add, sub and mul carry across the halves", () => {
    expect(r0("r0 = 0xffffffff ll\nr0 += 1\nexit")).toBe(0x100000000n);
    expect(r0("r0 = 0\nr0 -= 1\nexit")).toBe(0xffffffffffffffffn);
    expect(r0("r0 = 0x123456789 ll\nr1 = 0x987654321 ll\nr0 *= r1\nexit")).toBe((0x123456789n * 0x987654321n) & 0xffffffffffffffffn);
    expect(r0("r0 = -3\nr0 *= 5\nexit")).toBe(BigInt.asUintN(64, -15n));
  });
  it("divides by zero to 0 and keeps the dividend on modulo by zero", () => {
    expect(r0("r0 = 7\nr1 = 0\nr0 /= r1\nexit")).toBe(0n);
    expect(r0("r0 = 7\nr1 = 0\nr0 %= r1\nexit")).toBe(7n);
    expect(r0("r0 = -1\nw1 = 0\nw0 %= w1\nexit")).toBe(0xffffffffn); // 32-bit forms zero the upper half
    expect(r0("r0 = 0x8000000000000000 ll\nr1 = -1\nr0 s/= r1\nexit")).toBe(0x8000000000000000n);
    expect(r0("r0 = 0x8000000000000000 ll\nr0 s%= -1\nexit")).toBe(0n);
    expect(r0("r0 = -7\nr0 s/= 2\nexit")).toBe(BigInt.asUintN(64, -3n));
    expect(r0("r0 = -7\nr0 s%= 2\nexit")).toBe(BigInt.asUintN(64, -1n));
  });
  it("masks shift amounts and zero-extends 32-bit results", () => {
    expect(r0("r0 = 1\nr1 = 65\nr0 <<= r1\nexit")).toBe(2n);
    expect(r0("w0 = 1\nw1 = 33\nw0 <<= w1\nexit")).toBe(2n);
    expect(r0("r0 = -1\nr0 s>>= 63\nexit")).toBe(0xffffffffffffffffn);
    expect(r0("r0 = -1\nw0 += 0\nexit")).toBe(0xffffffffn);
    expect(r0("r0 = 0x8000000000000000 ll\nr0 >>= 40\nexit")).toBe(0x800000n);
  });
  it("sign-extends with movsx and MEMSX loads", () => {
    expect(r0("r1 = 0x80\nr0 = (s8)r1\nexit")).toBe(0xffffffffffffff80n);
    expect(r0("w1 = 0x8001\nw0 = (s16)w1\nexit")).toBe(0xffff8001n);
    expect(r0("*(u8 *)(r10 - 1) = 0xfe\nr0 = *(s8 *)(r10 - 1)\nexit")).toBe(BigInt.asUintN(64, -2n));
  });
  it("swaps bytes", () => {
    expect(r0("r0 = 0x1122334455667788 ll\nr0 = be16 r0\nexit")).toBe(0x8877n);
    expect(r0("r0 = 0x1122334455667788 ll\nr0 = bswap64 r0\nexit")).toBe(0x8877665544332211n);
    expect(r0("r0 = 0x1122334455667788 ll\nr0 = le32 r0\nexit")).toBe(0x55667788n);
  });
  it("compares signed and unsigned, 64 and 32 bits", () => {
    expect(r0("r0 = 0\nr1 = -1\nif r1 > 5 goto +1\nexit\nr0 = 1\nexit")).toBe(1n);
    expect(r0("r0 = 0\nr1 = -1\nif r1 s> 5 goto +1\nexit\nr0 = 1\nexit")).toBe(0n);
    expect(r0("r0 = 0\nr1 = 0x100000000 ll\nif w1 == 0 goto +1\nexit\nr0 = 1\nexit")).toBe(1n);
    expect(r0("r0 = 0\nr1 = 6\nif r1 & 2 goto +1\nexit\nr0 = 1\nexit")).toBe(1n);
  });
  it("does atomics on the stack", () => {
    const t = (op: string) => r0(`*(u64 *)(r10 - 8) = 10\nr1 = 3\n${op}\nr0 = *(u64 *)(r10 - 8)\nr0 <<= 8\nr0 |= r1\nexit`);
    expect(t("lock *(u64 *)(r10 - 8) += r1")).toBe((13n << 8n) | 3n);
    expect(t("r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)")).toBe((13n << 8n) | 10n);
    expect(t("r1 = xchg_64(r10 - 8, r1)")).toBe((3n << 8n) | 10n);
    expect(r0("*(u64 *)(r10 - 8) = 10\nr0 = 10\nr1 = 4\nr0 = cmpxchg_64(r10 - 8, r0, r1)\nr0 = *(u64 *)(r10 - 8)\nexit")).toBe(4n);
  });
  it("gives bpf-to-bpf calls their own stack and keeps r6-r9", () => {
    const text = `r6 = 6
*(u64 *)(r10 - 8) = 1
r1 = 5
call f
r0 += r6
r1 = *(u64 *)(r10 - 8)
r0 += r1
exit
f:
r6 = 100
*(u64 *)(r10 - 8) = 50
r0 = r1
exit`;
    expect(r0(text)).toBe(5n + 6n + 1n);
  });
});

describe("faults name the instruction, the address and the region", () => {
  it("stops an out-of-bounds stack access", () => {
    const r = runAsm("r0 = *(u64 *)(r10 + 0)\nexit");
    expect(r.fault).toMatchObject({ kind: "memory", pc: 0 });
    const id = /^out-of-bounds read of 8 bytes at 0xff0000(..)00001200: /.exec(r.fault!.message)?.[1];
    expect(r.fault!.message).toBe(`out-of-bounds read of 8 bytes at 0xff0000${id}00001200: stack frame 0 is [0xff0000${id}00001000, 0xff0000${id}00001200), 512 bytes, the access is at offset 512`);
  });
  it("stops a null dereference", () => {
    expect(runAsm("r1 = 0\nr0 = *(u32 *)(r1 + 0)\nexit").fault!.message).toBe("invalid memory read of 4 bytes at 0x0000000000000000: not in any region (null pointer?)");
  });
  it("stops an endless loop with the budget", () => {
    const r = runAsm("l: goto l", { budget: 1000 });
    expect(r.fault).toMatchObject({ kind: "budget" });
    expect(r.insnsExecuted).toBe(1000);
  });
  it("stops a program that falls off its end or jumps out", () => {
    expect(runAsm("r0 = 0").fault!.message).toBe("the program fell off its end at pc 1 (no exit)");
    expect(runAsm("goto +5\nexit").fault!.message).toBe("jump out of the program: pc 6 is outside 0..1");
  });
  it("caps the call depth at 8 frames", () => {
    expect(runAsm("f:\ncall f\nexit").fault).toMatchObject({ kind: "call_depth", message: "call depth exceeds 8 frames" });
  });
});

describe("contexts", () => {
  it("XDP: data and data_end point into the packet; adjust_head moves data", () => {
    const text = `r2 = *(u32 *)(r1 + 4)
r1 = *(u32 *)(r1 + 0)
r0 = r2
r0 -= r1
exit`;
    expect(runAsm(text, { progType: "xdp", input: { packet: TCP_PACKET } }).r0).toBe(64n);
    const adj = runAsm("r6 = r1\nr2 = 14\ncall bpf_xdp_adjust_head\nr0 = 2\nexit", { progType: "xdp", input: { packet: TCP_PACKET } });
    expect(adj.packetOut).toEqual(TCP_PACKET.slice(14));
  });
  it("socket filter: LD_ABS reads from the network header, the output's link layer is zeroed", () => {
    const r = runAsm("r6 = r1\nr0 = *(u8 *)skb[9]\nexit", { progType: "socket_filter", input: { packet: TCP_PACKET } });
    expect(r.r0).toBe(6n); // IPv4 protocol field: TCP
    expect(r.packetOut!.subarray(0, 14)).toEqual(new Uint8Array(14));
    expect(r.packetOut!.subarray(14)).toEqual(TCP_PACKET.subarray(14));
  });
  it("tc: LD_ABS reads from the Ethernet header", () => {
    expect(runAsm("r6 = r1\nr0 = *(u16 *)skb[12]\nexit", { progType: "tc", input: { packet: TCP_PACKET } }).r0).toBe(0x0800n);
  });
});

describe("strict alignment", () => {
  it("faults on a misaligned access only when asked, counting packet offsets from NET_IP_ALIGN", () => {
    const text = "*(u32 *)(r10 - 6) = 1\nr0 = 0\nexit";
    expect(runAsm(text).fault).toBeUndefined();
    expect(runAsm(text, { strictAlign: true }).fault!.message).toBe("misaligned write of 4 bytes at offset 506 of stack frame 0 (strict alignment)");
    // the IPv4 source address at packet offset 26 is aligned once the 2 bytes of NET_IP_ALIGN are counted
    const ip = "r2 = *(u32 *)(r1 + 4)\nr1 = *(u32 *)(r1 + 0)\nr0 = *(u32 *)(r1 + 26)\nr0 = 2\nexit";
    expect(runAsm(ip, { progType: "xdp", input: { packet: TCP_PACKET }, strictAlign: true }).fault).toBeUndefined();
  });
});
