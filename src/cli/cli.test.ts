import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./main.ts";
import type { Io } from "./io.ts";

/** Runs the CLI in-process against an in-memory file system. */
function cli(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = "";
  let stderr = "";
  const bin: Uint8Array[] = [];
  const written: Record<string, Uint8Array> = {};
  const io: Io = {
    stdout: (d) => (typeof d === "string" ? (stdout += d) : bin.push(d)),
    stderr: (t) => (stderr += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
      return typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    writeFile: (p, d) => (written[p] = d),
    stdoutIsTTY: false,
  };
  const status = run(argv, io);
  return { status, stdout, stderr, bin, written, json: () => JSON.parse(stdout) };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("bpfplay assemble", () => {
  it("writes raw little-endian bytecode", () => {
    const r = cli(["assemble", "p.s", "-o", "p.bin"], { "p.s": "r0 = 1\nexit\n" });
    expect(r.status).toBe(0);
    expect(hex(r.written["p.bin"])).toBe("b7000000010000009500000000000000");
    expect(hex(cli(["assemble", "p.s"], { "p.s": "exit" }).bin[0])).toBe("9500000000000000");
  });

  it("--json gives bytecode, instructions, maps and errors", () => {
    const r = cli(["assemble", "p.s", "--json", "--map", "counters:hash:4:8:1024"], { "p.s": "r1 = map[counters] ll\nexit" });
    expect(r.status).toBe(0);
    expect(r.json()).toEqual({
      bytecode_hex: "1811000000000000000000000000000095000000" + "00000000",
      insns: [
        { pc: 0, hex: "18110000000000000000000000000000", text: "r1 = map[counters] ll", line: 1 },
        { pc: 2, hex: "9500000000000000", text: "exit", line: 2 },
      ],
      maps: [{ name: "counters", type: "hash", key_size: 4, value_size: 8, max_entries: 1024, flags: 0 }],
      errors: [],
      warnings: [],
    });
  });

  it("exits 1 with every located error, on stderr or in the JSON", () => {
    const src = "r0 = 1\nr0 = = 5\nbogus\nexit";
    const r = cli(["assemble", "p.s"], { "p.s": src });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("p.s:2:6: error: unexpected '=' after '='\n  r0 = = 5\n       ^\n");
    expect(r.stderr).toContain("p.s:3:1: error: unknown instruction 'bogus'");
    expect(r.bin).toEqual([]);
    const j = cli(["assemble", "p.s", "--json"], { "p.s": src });
    expect(j.status).toBe(1);
    expect(j.json().errors).toEqual([
      { line: 2, column: 6, message: "unexpected '=' after '='", code: "syntax" },
      { line: 3, column: 1, message: "unknown instruction 'bogus'", code: "unknown-mnemonic" },
    ]);
  });

  it("takes the uBPF dialect", () => {
    const r = cli(["assemble", "p.s", "--dialect", "ubpf", "--json"], { "p.s": "mov32 %r0, 1\nexit" });
    expect(r.json().bytecode_hex).toBe("b4000000010000009500000000000000");
  });

  it("exits 2 on bad usage", () => {
    expect(cli([]).status).toBe(2);
    expect(cli(["frob"]).status).toBe(2);
    expect(cli(["assemble"]).status).toBe(2);
    expect(cli(["assemble", "missing.s"]).stderr).toContain("ENOENT");
    expect(cli(["assemble", "p.s", "--bogus"], { "p.s": "" }).status).toBe(2);
    expect(cli(["assemble", "p.s", "--dialect", "gas"], { "p.s": "" }).stderr).toContain("--dialect must be llvm or ubpf");
    expect(cli(["assemble", "p.s", "--map", "m:hashy:4:4:1"], { "p.s": "" }).stderr).toContain("unknown map type 'hashy'");
  });
});

describe("bpfplay disassemble", () => {
  const prog = Uint8Array.from(Buffer.from("b7000000010000009500000000000000", "hex"));
  it("prints canonical text that assembles back", () => {
    const r = cli(["disassemble", "p.bin"], { "p.bin": prog });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("r0 = 1\nexit\n");
    expect(cli(["disassemble", "p.bin", "--dialect", "ubpf"], { "p.bin": prog }).stdout).toBe("mov %r0, 1\nexit\n");
  });
  it("--json lists pc, bytes, text and form; invalid bytes say why", () => {
    const bad = Uint8Array.from(Buffer.from("0721000001000000", "hex"));
    expect(cli(["disassemble", "p.bin", "--json"], { "p.bin": bad }).json()).toEqual({
      insns: [{ pc: 0, hex: "0721000001000000", text: ".insn 0x07, 1, 2, 0, 1", invalid: "reserved field src is 2, must be 0 (add64_imm)" }],
      errors: [],
    });
    expect(cli(["disassemble", "p.bin"], { "p.bin": bad }).stdout).toBe(".insn 0x07, 1, 2, 0, 1 ; invalid: reserved field src is 2, must be 0 (add64_imm)\n");
  });
  it("exits 1 on a trailing partial instruction", () => {
    const r = cli(["disassemble", "p.bin"], { "p.bin": prog.slice(0, 12) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("12 bytes is not a whole number of 8-byte instructions");
  });
});

describe("the installed command", () => {
  const bin = fileURLToPath(new URL("../../bin/bpfplay.js", import.meta.url));
  it("runs through node with a pipe, and round-trips", () => {
    const bytes = execFileSync("node", [bin, "assemble", "-"], { input: "r0 = 2\nexit\n" });
    expect(bytes.toString("hex")).toBe("b7000000020000009500000000000000");
    const r = spawnSync("node", [bin, "assemble", "-", "--json"], { input: "r0 = = 2\n", encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ line: 1, column: 6 });
    expect(spawnSync("node", [bin, "nope"]).status).toBe(2);
  });
});
