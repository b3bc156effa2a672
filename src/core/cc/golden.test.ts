// Golden C → assembly tests: testdata/NAME.c compiles to testdata/NAME.expected.s (refresh with
// `UPDATE_GOLDEN=1 npx vitest run src/core/cc/golden.test.ts` and read the diff). Every program
// must also pass bpfplay's verifier.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disassemble } from "../asm/disasm.ts";
import { formatDiagnostic } from "../diag.ts";
import { verify } from "../verifier/index.ts";
import { decodeAll } from "../isa/decode.ts";
import { compile } from "./index.ts";
import type { CompileResult } from "./index.ts";

const DIR = join(__dirname, "testdata");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** `// cpu: 4` in a test program selects the ISA; default v3, what the clang comparison uses. */
export const cpuOf = (src: string): 1 | 2 | 3 | 4 => (Number(/^\/\/ cpu: (\d)/m.exec(src)?.[1] ?? 3) as 1 | 2 | 3 | 4);

export function render(r: CompileResult): string {
  const out: string[] = [];
  for (const d of r.diagnostics) out.push(`; ${formatDiagnostic(d)}`);
  for (const m of r.maps) out.push(`; map ${m.name}: ${m.type} key ${m.keySize} value ${m.valueSize} max ${m.maxEntries}${m.flags ? ` flags 0x${m.flags.toString(16)}` : ""}${m.inner ? ` inner ${m.inner.type}` : ""}`);
  if (r.license !== undefined) out.push(`; license ${JSON.stringify(r.license)}`);
  for (const { name, section, program: p } of r.programs) {
    out.push("", `; program ${name}: section ${section}, type ${p.progType ?? "?"}, ${p.insns.length} slots`);
    const starts = new Map((p.functions ?? []).map((f) => [f.start, f.name]));
    for (const l of disassemble(p.insns, { maps: p.maps })) {
      const fn = starts.get(l.pc);
      if (fn) out.push(`${fn}:`);
      const le = p.lineTable?.[l.pc];
      out.push(`\t${l.text}${le?.stmt ? `\t; ${le.line}` : ""}`);
    }
  }
  return out.join("\n") + "\n";
}

describe("golden C programs", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".c")).sort();
  it("has programs", () => expect(files.length).toBeGreaterThanOrEqual(20));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), "utf8");
      const r = compile(src, { file: f, cpu: cpuOf(src) });
      const text = render(r);
      const want = join(DIR, f.replace(/\.c$/, ".expected.s"));
      if (UPDATE) writeFileSync(want, text);
      expect(existsSync(want), `${want} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(want, "utf8"));
      expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d))).toEqual([]);
      // `// verifier: rejects (why)` marks a program bpfplay's verifier refuses whoever compiles it.
      const rejects = /^\/\/ verifier: rejects/m.test(src);
      for (const { program } of r.programs) {
        const v = verify(program, { progType: program.progType ?? "xdp" });
        expect(v.accepted, `${f}: ${v.diagnostics.map((d) => `insn ${d.pc}: ${d.message}`).join("; ")}`).toBe(!rejects);
      }
    });
  }
});

describe("golden C programs at older ISA versions", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".c")).sort();
  for (const cpu of [1, 2, 3] as const) {
    it(`use only v${cpu} instructions`, () => {
      let compiled = 0;
      for (const f of files) {
        const src = readFileSync(join(DIR, f), "utf8");
        const r = compile(src, { file: f, cpu });
        if (r.diagnostics.some((d) => d.severity === "error")) continue; // e.g. signed division before v4
        for (const { program } of r.programs) {
          for (const d of decodeAll(program.insns)) {
            expect(d.valid && d.spec.version <= cpu, `${f} at v${cpu}: insn ${d.pc} ${d.valid ? d.spec.id : "invalid"}`).toBe(true);
          }
        }
        compiled++;
      }
      expect(compiled).toBeGreaterThan(files.length / 2);
    });
  }
});
