// One compiler's output for one C file, in the shape both sides share: bpfplay's compile()
// gives it directly, clang's object gives it through bpfplay's ELF reader.
import type { GlobalVar } from "../../src/core/elf/read.ts";
import type { MapDef, Program } from "../../src/core/program.ts";
import { bpfplayGlobals } from "./globals.ts";
import type { CProgram } from "./header.ts";

export interface Built {
  readonly programs: readonly { readonly name: string; readonly section: string; readonly program: Program }[];
  readonly maps: readonly MapDef[];
  readonly license?: string;
  /** Where each global variable lives, for comparing writable global data by variable. */
  readonly globals: readonly GlobalVar[] | string;
}

export type Side = { readonly ok: true; readonly built: Built } | { readonly ok: false; readonly error: string };

type Compile = typeof import("../../src/core/cc/index.ts").compile;

let compiler: Compile | string | undefined;

/** bpfplay's compile(), or why it cannot be loaded (the compiler is being written). */
export async function loadCompiler(): Promise<Compile | string> {
  if (compiler === undefined) {
    try {
      compiler = (await import("../../src/core/cc/index.ts")).compile;
    } catch (e) {
      compiler = `bpfplay's compiler does not load: ${(e as Error).message.split("\n")[0]}`;
    }
  }
  return compiler;
}

/** Compiles every program with bpfplay; a throw or an error diagnostic is that program's failure. */
export async function bpfplayAll(progs: readonly CProgram[]): Promise<Map<string, Side>> {
  const compile = await loadCompiler();
  const out = new Map<string, Side>();
  for (const p of progs) {
    if (typeof compile === "string") {
      out.set(p.name, { ok: false, error: compile });
      continue;
    }
    try {
      const r = compile(p.source, { file: p.name, cpu: p.header.cpu });
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      if (errors.length) {
        const text = errors.slice(0, 5).map((d) => `${d.span?.file ?? p.name}:${d.span?.line ?? "?"}:${d.span?.column ?? "?"}: ${d.message}`);
        out.set(p.name, { ok: false, error: `bpfplay: ${text.join("; ")}` });
      } else if (r.programs.length === 0) {
        out.set(p.name, { ok: false, error: "bpfplay: no program came out" });
      } else {
        const globals = bpfplayGlobals(r.unit, r.maps, r.programs.map((q) => q.program));
        out.set(p.name, { ok: true, built: { programs: r.programs, maps: r.maps, license: r.license, globals } });
      }
    } catch (e) {
      out.set(p.name, { ok: false, error: `bpfplay threw: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}` });
    }
  }
  return out;
}
