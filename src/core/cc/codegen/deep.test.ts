// Very long expressions: clang-19 compiles a 16k-term `a + a + ...` or `a && a && ...` (they are
// left-deep trees, not bracket nesting), so the code generator walks such chains in loops. What
// still recurses ends in a located "expression too deeply nested", never a stack overflow.
import { describe, expect, it } from "vitest";
import { compile } from "../index.ts";

const N = 16_384;
const program = (body: string) =>
  `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nint x;\nstruct s { struct s *next; int v; };\n` +
  `SEC("xdp") int f(struct xdp_md *c)\n{\n\tint y = c->data;\n\t${body}\n\treturn x;\n}\nchar LICENSE[] SEC("license") = "GPL";\n`;
const errors = (src: string) => compile(src, { file: "deep.c" }).diagnostics.filter((d) => d.severity === "error");

describe("16k-term expressions", () => {
  it("a + a + ... compiles", () => {
    const r = compile(program(`x = y${" + y".repeat(N - 1)};`), { file: "deep.c" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.programs[0].program.insns.length).toBeGreaterThan(N);
  }, 60_000);

  it("a, a, ... and a && a && ... and a || a || ... compile", () => {
    expect(errors(program(`x = (y${", y".repeat(N - 1)});`))).toEqual([]);
    expect(errors(program(`x = y${" && y".repeat(N - 1)};`))).toEqual([]);
    expect(errors(program(`if (y${" || y".repeat(N - 1)}) x = 1;`))).toEqual([]);
  }, 60_000);

  it("p->next->next->... is an error at its statement, not a crash", () => {
    const e = errors(program(`struct s *p = (struct s *)(long)y;\n\tx = p${"->next".repeat(N)}->v;`));
    expect(e.map((d) => [d.message, d.span?.line, d.span?.column])).toEqual([["expression too deeply nested", 9, 2]]);
  }, 60_000);
});
