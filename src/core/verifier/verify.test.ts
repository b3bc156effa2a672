import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { verify } from "./index.ts";

const v = (text: string, progType = "xdp") => {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const r = verify(a.program, { progType, logLevel: 1 });
  return r.accepted ? "accepted" : `${r.diagnostics[0].pc}: ${r.diagnostics[0].message}`;
};

const MAP = ".map m, type=hash, key_size=4, value_size=8, max_entries=4\n";
const LOOKUP = `${MAP}*(u32 *)(r10 - 4) = 0\nr1 = map[m] ll\nr2 = r10\nr2 += -4\ncall bpf_map_lookup_elem\n`;
const PKT = "r2 = *(u32 *)(r1 + 4)\nr1 = *(u32 *)(r1 + 0)\n";

describe("the verifier, in the kernel's words", () => {
  it("registers must be written before they are read", () => {
    expect(v("r0 = r2\nexit")).toBe("0: R2 !read_ok");
    expect(v("exit")).toBe("0: R0 !read_ok");
    expect(v("r10 = 0\nr0 = 0\nexit")).toBe("0: frame pointer is read only");
  });
  it("packet access needs a proven range, in every comparison direction", () => {
    expect(v(`${PKT}r0 = *(u8 *)(r1 + 0)\nexit`)).toBe("2: invalid access to packet, off=0 size=1, R1(id=0,off=0,r=0)");
    for (const check of ["if r3 > r2 goto out", "if r2 < r3 goto out"]) {
      expect(v(`${PKT}r3 = r1\nr3 += 14\n${check}\nr0 = *(u8 *)(r1 + 13)\nout:\nr0 = 2\nexit`)).toBe("accepted");
      expect(v(`${PKT}r3 = r1\nr3 += 14\n${check}\nr0 = *(u8 *)(r1 + 14)\nout:\nr0 = 2\nexit`)).toMatch(/invalid access to packet, off=14 size=1/);
    }
    expect(v(`${PKT}r3 = r1\nr3 += 14\nif r3 <= r2 goto ok\nr0 = 1\nexit\nok:\nr0 = *(u16 *)(r1 + 12)\nexit`)).toBe("accepted");
  });
  it("lookups must be null-checked; map values are bounded by value_size", () => {
    expect(v(`${LOOKUP}r0 = *(u64 *)(r0 + 0)\nexit`)).toBe("6: R0 invalid mem access 'map_value_or_null'");
    expect(v(`${LOOKUP}if r0 == 0 goto out\nr0 = *(u64 *)(r0 + 8)\nout:\nr0 = 0\nexit`)).toBe("7: invalid access to map value, value_size=8 off=8 size=8");
    expect(v(`${LOOKUP}if r0 == 0 goto out\nr1 = r0\nr0 = *(u64 *)(r1 + 0)\nout:\nr0 = 0\nexit`)).toBe("accepted");
  });
  it("checks helper arguments against the prototype table, and helper availability", () => {
    expect(v("r1 = 0\nr2 = 0\ncall bpf_map_lookup_elem\nexit")).toBe("2: R1 type=scalar expected=map_ptr");
    expect(v("call 999\nexit")).toBe("0: invalid func unknown#999");
    expect(v("r1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\ncall bpf_skb_load_bytes\nexit")).toBe("4: program of this type cannot use helper bpf_skb_load_bytes#26");
  });
  it("sk_lookup and cgroup_sockopt programs return 0 or 1", () => {
    // (the 6.18 kernel's answers, loaded with their attach types: BPF_SK_LOOKUP, BPF_CGROUP_GET/SETSOCKOPT;
    // the test harness loads without one, which these types refuse)
    for (const type of ["sk_lookup", "cgroup_sockopt"]) {
      expect(v("r0 = 1\nexit", type)).toBe("accepted");
      expect(v("r0 = 2\nexit", type)).toBe("1: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]");
    }
  });
  it("takes the attach type from a section name, or from the program's section when the type is named bare", () => {
    // (6.18: bind4 returns 0 to 3, connect4 0 or 1; a post_bind4 program reads its source port, a create one not)
    const tooWide = "1: At program exit the register R0 has smin=3 smax=3 should have been in [0, 1]";
    expect(v("r0 = 3\nexit", "cgroup/bind4")).toBe("accepted");
    expect(v("r0 = 3\nexit", "cgroup/connect4")).toBe(tooWide);
    expect(v("r0 = 3\nexit", "cgroup_sock_addr")).toBe(tooWide);
    expect(v('.section "cgroup/bind4"\nr0 = 3\nexit', "cgroup_sock_addr")).toBe("accepted");
    expect(v(".section cgroup/bind4\nr0 = 3\nexit", "cgroup_sock_addr")).toBe("accepted");
    expect(v('.section "cgroup/bind4"\nr0 = 3\nexit', "cgroup/connect4")).toBe(tooWide);
    const srcPort = "r2 = *(u32 *)(r1 + 44)\nr0 = 1\nexit";
    expect(v(srcPort, "cgroup/post_bind4")).toBe("accepted");
    expect(v(srcPort, "cgroup_sock")).toBe("0: invalid bpf_context access off=44 size=4");
  });
  it("explores bounded loops and stops an endless one", () => {
    expect(v("r1 = 100\nloop:\nr1 -= 1\nif r1 != 0 goto loop\nr0 = 0\nexit")).toBe("accepted");
    expect(v("r0 = 0\nr1 = 0\nloop:\nr1 &= 1\nif r1 != 7 goto loop\nexit")).toBe("3: infinite loop detected at insn 3"); // the kernel names the conditional jump, its prune point
  });
  it("refuses division by a zero constant, out-of-range shifts and malformed control flow", () => {
    expect(v("r0 = 1\nr0 /= 0\nexit")).toBe("1: div by zero");
    expect(v("r0 = 1\nr0 <<= 64\nexit")).toBe("1: invalid shift 64");
    expect(v("r0 = 0\ngoto +5\nexit")).toBe("1: jump out of range from insn 1 to 7");
    expect(v("r0 = 0\nexit\nr0 = 1\nexit")).toBe("2: unreachable insn 2");
    expect(v("r0 = 0")).toBe("0: last insn is not an exit or jmp");
  });
  it("checks context accesses per program type", () => {
    expect(v("r0 = *(u32 *)(r1 + 24)\nexit")).toBe("0: invalid bpf_context access off=24 size=4");
    expect(v("*(u32 *)(r1 + 0) = 1\nr0 = 0\nexit")).toBe("0: invalid bpf_context access off=0 size=4");
    expect(v("*(u32 *)(r1 + 8) = 1\nr0 = 0\nexit", "tc")).toBe("accepted"); // mark
  });
});

describe("constant strings (bpf_strncmp, bpf_snprintf)", () => {
  // a frozen .rodata holding "%d\0"; test/verifier/programs/*const_str*.s and *snprintf*.s have the kernel's verdicts
  const rodata = { name: "rodata", type: "array", keySize: 4, valueSize: 8, maxEntries: 1, flags: 0x80, init: Uint8Array.of(0x25, 0x64, 0, 0, 0, 0, 0, 0), frozen: true };
  const snprintf = (dataLen: number) => {
    const a = assemble(`r6 = 0\n*(u64 *)(r10 - 8) = r6\n*(u64 *)(r10 - 16) = r6\nr1 = r10\nr1 += -8\nr2 = 8\nr3 = map_value[rodata] ll\nr4 = r10\nr4 += -16\nr5 = ${dataLen}\ncall bpf_snprintf\nr0 = 0\nexit`, { maps: [rodata] });
    const r = verify(a.program, { progType: "raw_tracepoint" });
    return r.accepted ? "accepted" : `${r.diagnostics[0].pc}: ${r.diagnostics[0].message}`;
  };
  it("parses bpf_snprintf's format against data_len / 8 values", () => {
    expect(snprintf(8)).toBe("accepted");
    expect(snprintf(0)).toBe("11: Invalid format string");
  });
  it("refuses a data_len that is not a multiple of 8, where the kernel answers EINVAL without a message", () => {
    // the kernel (6.18): errno 22, the log ends at the call (probed with data_len 12)
    expect(snprintf(12)).toBe("11: bpf_snprintf's data_len 12 is not a multiple of 8");
  });
});
