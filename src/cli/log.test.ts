import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../test/support/cli.ts";

const LOGS = JSON.parse(readFileSync(join(__dirname, "../../test/verifier/kernel_logs.json"), "utf8")) as Record<string, Record<string, string[]>>;

describe("bpfplay log", () => {
  it("reads a kernel log: instructions with their bytes, the error at its instruction, JSON with states", () => {
    const log = LOGS["bad_map_arg_ctx.s"]["2"].join("\n");
    const r = cli(["log", "v.log"], { "v.log": log });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("    3: 85 00 00 00 01 00 00 00  call bpf_map_lookup_elem#1   <- error");
    expect(r.stdout).toContain("rejected at instruction 3: R1 type=ctx expected=map_ptr");
    const j = cli(["log", "v.log", "--json"], { "v.log": log }).json();
    expect(j.level).toBe(2);
    expect(j.instructions).toHaveLength(6);
    expect(j.instructions[2]).toEqual({ pc: 2, opcode: 7, text: "r2 += -4", hex: "07020000fcffffff" });
    expect(j.states.find((s: { pc: number; after?: boolean }) => s.pc === 1 && s.after).values).toEqual({ R2: "fp0", R10: "fp0" });
    expect(j.error).toEqual({ pc: 3, message: "R1 type=ctx expected=map_ptr", lines: ["R1 type=ctx expected=map_ptr"] });
    expect(j.unread).toEqual([]);
  });

  it("says so when the file holds no verifier log", () => {
    const r = cli(["log", "x.log"], { "x.log": "hello\nworld\n" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no verifier log found");
  });
});
