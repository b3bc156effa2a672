import { describe, expect, it } from "vitest";
import { bytesToHex, encodeInsns } from "../isa/index.ts";
import { assemble, disassembleText } from "./index.ts";

const bytes = (text: string, dialect: "llvm" | "ubpf" = "llvm") => bytesToHex(encodeInsns(assemble(text, { dialect }).program.insns), " ");
const errors = (text: string, dialect: "llvm" | "ubpf" = "llvm") =>
  assemble(text, { dialect }).diagnostics.map((d) => `${d.span!.line}:${d.span!.column} ${d.severity} ${d.code}: ${d.message}`);

describe("errors are located, all reported, and lose nothing", () => {
  it("reports every bad line, with line and column, and assembles the rest", () => {
    const text = ["r0 = 1", "r0 = = 5", "r1 += r2", "r11 = 1", "w1 += r2", "exit", "frobnicate r1"].join("\n");
    const r = assemble(text);
    expect(errors(text)).toEqual([
      "2:6 error syntax: unexpected '=' after '='",
      "4:1 error bad-register: invalid register 'r11' (registers are r0..r10 and w0..w10)",
      "5:7 error width-mismatch: 'r2' and 'w1' have different widths: use r registers for 64-bit and w registers for 32-bit operations",
      "7:1 error unknown-mnemonic: unknown instruction 'frobnicate'",
    ]);
    expect(disassembleText(r.program.insns)).toBe("r0 = 1\nr1 += r2\nexit\n");
    expect(r.program.lines).toEqual([1, 3, 6]);
  });

  it("refuses a 32-bit immediate that does not fit, where llvm-mc would truncate it", () => {
    expect(errors("r1 = 0x100000000")).toEqual([
      "1:6 error imm-range: immediate 0x100000000 does not fit in 32 bits (-2147483648..0xffffffff); a 64-bit constant needs ld_imm64",
    ]);
    expect(errors("r1 += -2147483649")[0]).toMatch(/^1:7 error imm-range: immediate -2147483649 does not fit/);
    expect(bytes("r1 = 0x100000000 ll")).toBe("18 01 00 00 00 00 00 00 00 00 00 00 01 00 00 00");
  });

  it("warns when a 64-bit operation sign-extends an immediate above 0x7fffffff", () => {
    const r = assemble("r1 = 0xffffffff\nw1 = 0xffffffff");
    expect(r.diagnostics.map((d) => [d.span!.line, d.severity, d.code])).toEqual([[1, "warning", "imm-sign-extended"]]);
  });

  it("checks offsets, labels and registers", () => {
    expect(errors("r0 = *(u32 *)(r1 + 40000)")[0]).toMatch(/^1:18 error off-range: offset 40000 does not fit in 16 bits/);
    expect(errors("goto nowhere\nexit")).toEqual(["1:6 error unknown-label: unknown label 'nowhere'"]);
    expect(errors("a:\na:\nexit")).toEqual(["2:1 error duplicate-label: label 'a' is already defined on line 1"]);
    expect(errors("r0 = *(u64 *)(w1 + 0)")[0]).toMatch(/^1:15 error syntax: an address needs a 64-bit register/);
    expect(errors("w0 = *(u64 *)(r1 + 0)")[0]).toMatch(/^1:1 error width-mismatch: a u64 load needs an r register/);
    expect(errors("r1 = be16 r2")[0]).toMatch(/^1:11 error syntax: be16 needs the same register on both sides/);
    expect(errors("r0 = 1 exit")).toEqual(["1:8 error syntax: unexpected 'exit' after the instruction"]);
    expect(errors("r0 = 12ab")).toEqual(["1:6 error syntax: invalid number '12ab'"]);
    expect(errors("r0 = 1 @")).toEqual(["1:8 error syntax: unexpected '@' after the instruction"]);
  });

  it("hints at the other dialect", () => {
    expect(errors("mov r0, 1")[0]).toContain("this looks like the uBPF dialect");
  });

  it("uBPF dialect: decimal immediates must fit s32, hex ones u32 (bpf_conformance's rule)", () => {
    expect(errors("mov32 %r0, 2147483648", "ubpf")[0]).toMatch(/^1:12 error imm-range/);
    expect(bytes("mov32 %r0, 0xffffffff", "ubpf")).toBe("b4 00 00 00 ff ff ff ff");
    expect(errors("ldxq %r0, [%r1]", "ubpf")).toEqual(["1:1 error unknown-mnemonic: unknown mnemonic 'ldxq'"]);
    expect(errors("mov %r50, 1", "ubpf")).toEqual(["1:5 error bad-register: invalid register %r50 (registers are %r0..%r10)"]);
    expect(errors("lddw %r0", "ubpf")).toEqual(["1:9 error syntax: expected ',' at end of line"]);
    expect(errors("ja NOT_A_LABEL", "ubpf")).toEqual(["1:4 error unknown-label: unknown label 'NOT_A_LABEL'"]);
  });
});

describe("labels, calls and comments", () => {
  it("resolves labels forwards and backwards, in slots (ld_imm64 counts two)", () => {
    const text = `
start:  r0 = 0 ll      ; two slots
        if r0 == 0 goto out   # comment
        goto start            // comment
out:    exit`;
    expect(disassembleText(assemble(text).program.insns)).toBe("r0 = 0 ll\nif r0 == 0 goto +1\ngoto -4\nexit\n");
    expect(assemble(text).program.symbols).toEqual([
      { name: "start", pc: 0 },
      { name: "out", pc: 4 },
    ]);
  });

  it("call LABEL is a bpf-to-bpf call; call NAME a helper by name; call N a helper by id", () => {
    const text = "call bpf_map_lookup_elem\ncall ktime_get_ns\ncall 6\ncall sub\nexit\nsub:\nr0 = 0\nexit";
    expect(disassembleText(assemble(text).program.insns)).toBe("call 1\ncall 5\ncall 6\ncall pc+1\nexit\nr0 = 0\nexit\n");
  });

  it("uBPF dialect: the implicit `exit` label names the first exit", () => {
    expect(bytes("jne %r0, %r1, exit\nmov %r0, 1\nexit", "ubpf")).toBe(bytes("if r0 != r1 goto +1\nr0 = 1\nexit"));
  });

  it("accepts llvm-objdump's `<.text+0x10>` annotations so its output pastes back", () => {
    expect(bytes("goto +1 <.text+0x10>\nexit\nexit")).toBe(bytes("goto +1\nexit\nexit"));
  });
});

describe("maps and directives", () => {
  const decl = ".map counters, type=hash, key_size=4, value_size=8, max_entries=1024\n.map events, type=ringbuf, max_entries=4096";

  it("declares maps and loads them by name in both spellings", () => {
    const r = assemble(`${decl}\nr1 = map[events] ll\nr1 = counters ll\nr2 = map_value[counters] + 8 ll\nexit`);
    expect(r.diagnostics).toEqual([]);
    expect(r.program.maps).toEqual([
      { name: "counters", type: "hash", keySize: 4, valueSize: 8, maxEntries: 1024, flags: 0 },
      { name: "events", type: "ringbuf", keySize: 0, valueSize: 0, maxEntries: 4096, flags: 0 },
    ]);
    expect(bytesToHex(encodeInsns(r.program.insns), " ")).toBe(
      "18 11 00 00 01 00 00 00 00 00 00 00 00 00 00 00 18 11 00 00 00 00 00 00 00 00 00 00 00 00 00 00 18 22 00 00 00 00 00 00 00 00 00 00 08 00 00 00 95 00 00 00 00 00 00 00",
    );
  });

  it("takes maps from the command line before the text's own", () => {
    const r = assemble(".map b, type=array, key_size=4, value_size=4, max_entries=1\nr1 = map[b] ll", {
      maps: [{ name: "a", type: "array", keySize: 4, valueSize: 4, maxEntries: 1, flags: 0 }],
    });
    expect(r.program.insns[0].imm).toBe(1);
  });

  it("reports bad declarations and unknown maps", () => {
    expect(errors(".map m, type=hashy, max_entries=1")).toEqual([
      expect.stringMatching(/^1:14 error bad-map: unknown map type 'hashy' \(known: hash, array, /),
    ]);
    expect(errors(".map m, key_size=4")).toEqual(["1:6 error bad-map: map 'm' needs a type, e.g. '.map m, type=hash, key_size=4, value_size=8, max_entries=16'"]);
    expect(errors("r1 = map[nope] ll")).toEqual(["1:10 error unknown-map: unknown map 'nope' (declare it with .map or --map)"]);
    expect(errors(".bogus 1")).toEqual(["1:1 error unknown-directive: unknown directive '.bogus' (known: .map, .section, .insn)"]);
  });

  it(".section names the program type; .insn writes a raw slot", () => {
    const r = assemble('.section "xdp","ax",@progbits\n.insn 0x07, 1, 2, 0, 1\nexit');
    expect(r.program.progType).toBe("xdp");
    expect(bytesToHex(encodeInsns(r.program.insns), " ")).toBe("07 21 00 00 01 00 00 00 95 00 00 00 00 00 00 00");
  });

  it(".section takes a name with slashes, dots and digits unquoted as it takes it quoted", () => {
    for (const name of ["cgroup/bind4", "xdp.frags/devmap", "tracepoint/syscalls/sys_enter_openat", "sk_reuseport/migrate", "tc"]) {
      const bare = assemble(`.section ${name},"ax",@progbits\nr0 = 1\nexit`);
      expect(bare.diagnostics, name).toEqual([]);
      expect(bare.program.progType, name).toBe(name);
      expect(bare.program.section, name).toBe(assemble(`.section "${name}"\nr0 = 1\nexit`).program.section);
    }
    expect(assemble(".section .text\nexit").program.progType).toBeUndefined();
  });
});

describe("any text", () => {
  it("assembles or fails with located diagnostics, never throws or hangs (20,000 random lines)", async () => {
    const { rng } = await import("../../../test/support/forms.ts");
    const r = rng(5);
    const alphabet = "rw0123456789 =+-*/%&|^<>!()[],:;#.@\"'xsulbhdkgotifecamp_\t";
    for (let k = 0; k < 20000; k++) {
      let line = "";
      const n = Math.floor(r() * 30);
      for (let j = 0; j < n; j++) line += alphabet[Math.floor(r() * alphabet.length)];
      for (const dialect of ["llvm", "ubpf"] as const) {
        const res = assemble(line, { dialect });
        for (const d of res.diagnostics) {
          expect(d.code).not.toBe("internal");
          expect(d.span!.line).toBe(1);
          expect(d.span!.column).toBeGreaterThanOrEqual(1);
          expect(d.span!.column).toBeLessThanOrEqual(line.length + 1);
        }
      }
    }
  });
});
