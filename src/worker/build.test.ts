import { describe, expect, it } from "vitest";
import { assemble } from "../core/asm/index.ts";
import type { CompileResult } from "../core/cc/index.ts";
import type { Program } from "../core/program.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import type { BuildRequest } from "../protocol/index.ts";
import { buildRequest, placeInMain } from "./build.ts";
import { mainLines } from "./lines.ts";
import type { Compile } from "./build.ts";

const request = (text: string, more: Partial<BuildRequest> = {}): BuildRequest => ({ type: "build", v: PROTOCOL_VERSION, id: 7, text, language: "asm", dialect: "llvm", ...more });
const noCompile: Compile = () => {
  throw new Error("assembly must not be compiled");
};

describe("building assembly", () => {
  it("answers with the listing, its source lines, the program and the forms' descriptions", () => {
    const r = buildRequest(request("r0 = 1\n\nexit"), noCompile);
    expect(r).toMatchObject({ type: "built", v: PROTOCOL_VERSION, id: 7, language: "asm", diagnostics: [], lines: [1, 3], slots: 2, entry: 0 });
    expect(r.listing.map(({ pc, line, text, form }) => ({ pc, line, text, form }))).toEqual([
      { pc: 0, line: 1, text: "r0 = 1", form: "mov64_imm" },
      { pc: 1, line: 3, text: "exit", form: "exit" },
    ]);
    expect(r.listing[0].description).toContain("mov64_imm");
    expect(r.program?.insns).toHaveLength(2);
    expect(r.program?.lineTable?.map((e) => e?.stmt)).toEqual([true, true]);
    expect(r.program?.functions).toEqual([{ name: "main", start: 0, end: 2 }]);
  });

  it("reports every bad line, still lists the good ones, and hands out no program", () => {
    const r = buildRequest(request("r0 = = 5\nr0 = 1\nfrobnicate\nexit"), noCompile);
    expect(r.diagnostics.map((d) => d.span?.line)).toEqual([1, 3]);
    expect(r.listing.map((l) => l.line)).toEqual([2, 4]);
    expect(r.program).toBeUndefined();
    expect(r.problem).toMatch(/2 errors/);
  });

  it("takes the program type from .section (issue 10)", () => {
    const r = buildRequest(request(".section xdp\nr0 = 2\nexit"), noCompile);
    expect(r.progType).toBe("xdp");
    expect(r.programs).toEqual([{ name: "main", section: "xdp", progType: "xdp" }]);
  });
});

/** A program of two slots, the first from prog.c line 5, the second from a header. */
function cProgram(name: string, section: string): Program {
  const { program } = assemble("r0 = 2\nexit");
  return {
    ...program,
    name,
    section,
    lines: [5, 40],
    lineTable: [
      { file: "prog.c", line: 5, column: 2, stmt: true },
      { file: "bpf/bpf_endian.h", line: 40, column: 1, stmt: true },
    ],
  };
}

const compiled = (r: Partial<CompileResult>): Compile => () => ({ programs: [], maps: [], diagnostics: [], ...r });

describe("building C", () => {
  it("builds the chosen SEC program, with its type from the section and lines of the edited file only", () => {
    const compile = compiled({ programs: [{ name: "a", section: "tc", program: cProgram("a", "tc") }, { name: "b", section: "xdp", program: cProgram("b", "xdp") }] });
    const first = buildRequest(request("int x;", { language: "c" }), compile);
    expect(first).toMatchObject({ entry: 0, progType: "sched_cls", lines: [5, 0] });
    expect(first.programs.map((p) => [p.name, p.section, p.progType])).toEqual([
      ["a", "tc", "sched_cls"],
      ["b", "xdp", "xdp"],
    ]);
    const second = buildRequest(request("int x;", { language: "c", entry: "b" }), compile);
    expect(second).toMatchObject({ entry: 1, progType: "xdp" });
    expect(second.program?.name).toBe("b");
    expect(second.program?.lines).toEqual([5, 0]);
    expect(buildRequest(request("", { language: "c", entry: "gone" }), compile).entry).toBe(0);
  });

  it("shows an error in a header on the line that includes it, naming the header's place", () => {
    const text = "// x\n#include <bpf/bpf_helpers.h>\nint f;";
    const d = placeInMain({ code: "e", severity: "error", message: "unknown type name 'foo'", span: { file: "bpf/bpf_helpers.h", line: 9, column: 3, endLine: 9, endColumn: 6 } }, text, "prog.c");
    expect(d.message).toBe("In file included from prog.c:2: bpf/bpf_helpers.h:9:3: unknown type name 'foo'");
    expect(d.span).toMatchObject({ line: 2, column: 1, endLine: 2 });
    expect(d.span?.file).toBeUndefined();
  });

  it("says why there is no program: errors, or no SEC function", () => {
    const err = compiled({ diagnostics: [{ code: "undeclared", severity: "error", message: "use of undeclared identifier 'x'", span: { file: "prog.c", line: 3, column: 9, endLine: 3, endColumn: 10 } }] });
    const r = buildRequest(request("", { language: "c" }), err);
    expect(r).toMatchObject({ program: undefined, entry: -1, problem: expect.stringMatching(/1 error/) });
    expect(r.diagnostics[0].span).toMatchObject({ line: 3, column: 9 });
    expect(buildRequest(request("", { language: "c" }), compiled({})).problem).toMatch(/SEC/);
  });

  it("never lets a compiler crash escape", () => {
    const r = buildRequest(request("", { language: "c" }), () => {
      throw new Error("boom");
    });
    expect(r.diagnostics[0].message).toBe("internal compiler error: boom");
  });

  it("reads lines from the line table only where it names the file", () => {
    expect(mainLines(cProgram("a", "xdp"), "prog.c")).toEqual([5, 0]);
  });
});
