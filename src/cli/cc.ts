// C sources for the command line: the disk as the compiler's FileReader, -I/-D/--prog, and the
// choice of one program among a file's SEC() functions.
import { compile } from "../core/cc/index.ts";
import type { CompileResult, FileReader } from "../core/cc/index.ts";
import { UsageError } from "./io.ts";
import type { Io } from "./io.ts";

/** Reads files from the disk for #include, remembering every text it read (to print source lines). */
export function diskReader(io: Io): FileReader & { readonly texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return {
    texts,
    read(path: string) {
      if (texts.has(path)) return texts.get(path);
      try {
        const t = new TextDecoder().decode(io.readFile(path));
        texts.set(path, t);
        return t;
      } catch {
        return undefined;
      }
    },
  };
}

/** -D NAME[=VALUE] as clang takes it: a name alone is defined as 1. */
export function parseDefines(specs: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of specs ?? []) {
    const eq = s.indexOf("=");
    const name = eq < 0 ? s : s.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`-D ${s}: '${name}' is not a macro name`);
    out[name] = eq < 0 ? "1" : s.slice(eq + 1);
  }
  return out;
}

export const isC = (file: string): boolean => /\.(c|h)$/i.test(file);

/** Compiles FILE (text already read) with the disk behind #include. */
export function compileFile(file: string, text: string, io: Io, opts: { include?: readonly string[]; define?: readonly string[] }): { result: CompileResult; texts: Map<string, string> } {
  const reader = diskReader(io);
  reader.texts.set(file, text);
  const result = compile(text, { file, reader, includeDirs: opts.include ?? [], defines: parseDefines(opts.define) });
  return { result, texts: reader.texts };
}

/** The program --prog names (by function or section name), or the only one; a clear usage error otherwise. */
export function pickProgram(r: CompileResult, prog: string | undefined, file: string) {
  const names = r.programs.map((p) => `${p.name} (SEC("${p.section}"))`).join(", ");
  if (prog !== undefined) {
    const p = r.programs.find((x) => x.name === prog) ?? r.programs.find((x) => x.section === prog);
    if (!p) throw new UsageError(`--prog ${prog}: ${file} has no such program (it has: ${names || "none"})`);
    return p;
  }
  if (r.programs.length === 0) return undefined;
  if (r.programs.length > 1) throw new UsageError(`${file} has ${r.programs.length} programs: choose one with --prog NAME (${names})`);
  return r.programs[0];
}
