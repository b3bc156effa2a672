// Linked scalars with a constant delta (the kernel's BPF_ADD_CONST ids): after `r1 = r0; r1 += k`
// a bounds check on either bounds the other, shifted by k. The expected lines are the 6.18
// kernel's own log lines for the same programs (loaded with BPF_PROG_LOAD, log level 2).
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { verify } from "./index.ts";

const run = (body: string) => {
  const a = assemble(`${MAP}${body}`);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return verify(a.program, { progType: "socket_filter", logLevel: 2 });
};
/** "accepted", or the first message of the rejection. */
const verdict = (body: string) => {
  const r = run(body);
  return r.accepted ? "accepted" : r.diagnostics[0].message;
};

// r6: a 10-byte map value (an array lookup with a known key is never NULL); r0: an unknown number
const MAP = ".map buf, type=array, key_size=4, value_size=10, max_entries=1\n";
const VALUE = "*(u32 *)(r10 - 4) = 0\nr1 = map[buf] ll\nr2 = r10\nr2 += -4\ncall bpf_map_lookup_elem\nr6 = r0\ncall bpf_ktime_get_ns\n";
const STORE = "r6 += REG\n*(u8 *)(r6 + 0) = 0\nout:\nr0 = 0\nexit";
const store = (reg: string) => STORE.replace("REG", reg);
const OFF10 = "invalid access to map value, value_size=10 off=10 size=1";

describe("linked scalars with a constant delta", () => {
  it("a bounds check on the copy bounds the register plus the constant", () => {
    expect(verdict(`${VALUE}r1 = r0\nr1 += 1\nif r0 > 8 goto out\n${store("r1")}`)).toBe("accepted");
    expect(verdict(`${VALUE}r1 = r0\nr1 += 1\nif r0 > 9 goto out\n${store("r1")}`)).toBe(OFF10);
    // and the other way: r1 in [1, 10] makes r0 (known non-negative) [0, 9]
    expect(verdict(`${VALUE}r0 &= 0xff\nr1 = r0\nr1 += 1\nif r1 > 10 goto out\n${store("r0")}`)).toBe("accepted");
    expect(verdict(`${VALUE}r0 &= 0xff\nr1 = r0\nr1 += 1\nif r1 > 11 goto out\n${store("r0")}`)).toBe(OFF10);
    // subtraction and negative constants link too (6.18)
    expect(verdict(`${VALUE}r1 = r0\nr1 -= -2\nif r0 > 7 goto out\n${store("r1")}`)).toBe("accepted");
    expect(verdict(`${VALUE}r1 = r0\nr1 += -1\nif r0 > 10 goto out\nif r0 == 0 goto out\n${store("r1")}`)).toBe("accepted");
  });

  it("prints the delta after the id, as the kernel does", () => {
    const log = run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nr1 += -1\nr2 = r1\nr3 = r0\nr3 -= 1\nr0 = 0\nexit").log;
    expect(log).toContain("3: (07) r1 += -1                      ; R1=scalar(id=1-1,smin=smin32=-1,smax=smax32=254)");
    // a copy of a linked register unlinks it: both get a fresh id
    expect(log).toContain("4: (bf) r2 = r1                       ; R1=scalar(id=2,smin=smin32=-1,smax=smax32=254) R2=scalar(id=2,smin=smin32=-1,smax=smax32=254)");
    const add = run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nr3 = 5\nr1 += r3\nr0 = 0\nexit").log;
    expect(add).toContain("R1=scalar(id=1+5,smin=umin=smin32=umin32=5,smax=umax=smax32=umax32=260,var_off=(0x0; 0x1ff))");
  });

  it("drops the link where the delta could overflow, or a second one would be needed", () => {
    // 0x7fffffff is the largest delta; 0x80000000 (only from a register) is refused
    expect(run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nr1 += 0x7fffffff\nr0 = 0\nexit").log).toContain("R1=scalar(id=1+2147483647,");
    expect(verdict(`${VALUE}r1 = r0\nr3 = 1\nr3 <<= 31\nr1 += r3\nif r0 > 8 goto out\n${store("r1")}`)).toBe("math between map_value pointer and register with unbounded min value is not allowed");
    // -S32_MIN does not fit
    const sub = run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nr3 = -2147483648\nr1 -= r3\nr0 = 0\nexit").log;
    expect(sub).toMatch(/R1=scalar\(smin=/);
    // a second constant: the link goes
    expect(verdict(`${VALUE}r1 = r0\nr1 += 1\nr1 += -1\nif r0 > 8 goto out\n${store("r1")}`)).not.toBe("accepted");
    expect(run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nr1 += 1\nr1 += 2\nr0 = 0\nexit").log).toContain(
      "4: (07) r1 += 2                       ; R1=scalar(smin=umin=smin32=umin32=3,smax=umax=smax32=umax32=258,var_off=(0x0; 0x1ff))",
    );
  });

  it("links 32-bit additions, zero-extending what they learn, apart from 64-bit ones", () => {
    expect(verdict(`${VALUE}r0 &= 0xff\nw1 = w0\nw1 += 1\nif w0 > 8 goto out\n${store("r1")}`)).toBe("accepted");
    expect(verdict(`${VALUE}r0 &= 0xff\nw1 = w0\nw1 += 1\nif w0 > 9 goto out\n${store("r1")}`)).toBe(OFF10);
    // w0 = 0xffffffff makes w1 = 0 (the 64-bit sum zero-extended), and w1 = 0 makes r0 0xffffffff
    expect(run("call bpf_ktime_get_ns\nw0 = w0\nw1 = w0\nw1 += 1\nif w0 != -1 goto +1\nr2 = r1\nr0 = 0\nexit").log).toContain("5: (bf) r2 = r1                       ; R1=0 R2=0");
    expect(run("call bpf_ktime_get_ns\nw0 = w0\nw1 = w0\nw1 += 1\nif r1 != 0 goto +1\nr2 = r0\nr0 = 0\nexit").log).toContain("5: (bf) r2 = r0                       ; R0=0xffffffff R2=0xffffffff");
    // a register wider than 32 bits is not linked by a 32-bit addition
    expect(run("call bpf_ktime_get_ns\nr1 = r0\nw1 -= 1\nr0 = 0\nexit").log).toContain("2: (14) w1 -= 1                       ; R1=scalar(smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff))");
    // a 64-bit link and a 32-bit one do not narrow each other; both narrow the base
    const mixed = run("call bpf_ktime_get_ns\nr0 &= 0xff\nr1 = r0\nw2 = w0\nr1 += 1\nw2 += 2\nif r1 > 7 goto +1\nr3 = r2\nr4 = r0\nr0 = 0\nexit").log;
    expect(mixed).toContain("7: (bf) r3 = r2                       ; R2=scalar(id=2,smin=umin=smin32=umin32=2,smax=umax=smax32=umax32=257,var_off=(0x0; 0x1ff))");
    expect(mixed).toContain("8: (bf) r4 = r0                       ; R0=scalar(id=1,smin=smin32=0,smax=umax=smax32=umax32=6,var_off=(0x0; 0x7))");
  });

  it("a state with another delta is not the same state (regsafe)", () => {
    // the kernel's check_add_const_regsafe_off: r1 is r0 + 1 on one path, r0 + 100 on the other
    const body = `${VALUE}r7 = r0\ncall bpf_ktime_get_ns\nr8 = r0\ncall bpf_ktime_get_ns\nr1 = r0\nif r7 > r8 goto far\nr1 += 1\ngoto join\nfar:\nr1 += 100\ngoto +0\njoin:\nif r0 > 8 goto out\n${store("r1")}`;
    expect(verdict(body)).toBe("invalid access to map value, value_size=10 off=100 size=1");
  });
});
