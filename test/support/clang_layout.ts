// clang-19 as the reference for C headers: record layouts (-fdump-record-layouts-complete),
// enumerators (-ast-dump) and macro values (-dM, then a host program that prints them).
// Used by src/core/cc/headers/*_vs_*.test.ts.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const CLANG = "clang-19";

/** clang-19 if it runs; otherwise undefined after a SKIP note (a failure under CI=true). */
export function findClang(): string | undefined {
  const r = spawnSync(CLANG, ["--version"], { stdio: "pipe" });
  if (r.status === 0) return CLANG;
  const why = `SKIP: ${CLANG} does not run (apt-get install clang-19)`;
  if (process.env.CI === "true") throw new Error(why.replace("SKIP", "FAIL"));
  console.warn(why);
  return undefined;
}

/** Writes a set of headers (path -> text) under a new temporary folder and returns it. */
export function writeTree(files: Readonly<Record<string, string>>, prefix = "bpfplay-hdr-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface ClangRun {
  readonly ok: boolean;
  readonly out: string;
  readonly err: string;
}

export function clang(args: readonly string[], source: string, ext = "c"): ClangRun {
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-cc-"));
  const file = join(dir, `probe.${ext}`);
  writeFileSync(file, source);
  const r = spawnSync(CLANG, [...args, file], { encoding: "utf8", maxBuffer: 1 << 30 });
  rmSync(dir, { recursive: true, force: true });
  return { ok: r.status === 0, out: r.stdout, err: r.stderr };
}

export interface LayoutLine {
  readonly off: string; // "12" or "0:4-7" for a bitfield
  readonly type: string;
  readonly name: string;
  readonly depth: number;
}

export interface RecordLayout {
  readonly name: string; // "struct iphdr"
  readonly size: number;
  readonly align: number;
  readonly lines: readonly LayoutLine[];
}

const anon = (s: string) => s.replace(/\((anonymous|unnamed) at [^)]*\)/g, "($1)");

/** Every complete named record of the translation unit, as clang lays it out for -target bpf. */
export function recordLayouts(args: readonly string[], source: string): Map<string, RecordLayout> {
  const r = clang(["-target", "bpf", "-fsyntax-only", "-Xclang", "-fdump-record-layouts-complete", ...args], source);
  if (!r.ok) throw new Error(`clang failed:\n${r.err.slice(0, 4000)}`);
  const map = new Map<string, RecordLayout>();
  for (const block of r.out.split("*** Dumping AST Record Layout").slice(1)) {
    const rows = block.split("\n").filter((l) => l.includes("|"));
    if (rows.length < 2) continue;
    const name = anon(rows[0].split("|")[1].trim());
    if (name.includes("(anonymous)") || name.includes("(unnamed)")) continue;
    const sz = /sizeof=(\d+), (?:dsize=\d+, )?align=(\d+)/.exec(rows[rows.length - 1]);
    if (!sz) continue;
    const lines: LayoutLine[] = [];
    for (const row of rows.slice(1, -1)) {
      const [off, rest] = [row.slice(0, row.indexOf("|")).trim(), row.slice(row.indexOf("|") + 1)];
      const depth = (rest.length - rest.trimStart().length - 1) / 2;
      const decl = anon(rest.trim());
      // "TYPE NAME"; an unnamed member (padding bitfield, anonymous union) is its type alone
      const m = /^(.*\S)\s+(\w+)$/.exec(decl);
      lines.push({ off, type: m ? m[1] : decl, name: m ? m[2] : "", depth });
    }
    map.set(name, { name, size: Number(sz[1]), align: Number(sz[2]), lines });
  }
  return map;
}

/** Names of the enumerators the translation unit declares. */
export function enumerators(args: readonly string[], source: string): Set<string> {
  const r = clang(["-target", "bpf", "-fsyntax-only", "-fno-color-diagnostics", "-Xclang", "-ast-dump", ...args], source);
  if (!r.ok) throw new Error(`clang failed:\n${r.err.slice(0, 4000)}`);
  const names = new Set<string>();
  // the line ends with the name and its type; macro-made enumerators have nested <...> locations
  for (const m of r.out.matchAll(/EnumConstantDecl .* (\w+) '[^']*'$/gm)) names.add(m[1]);
  return names;
}

/** Object-like macros the source defines beyond clang's predefined ones: name -> replacement text. */
export function macros(args: readonly string[], source: string): Map<string, string> {
  const run = (src: string) => {
    const r = clang(["-target", "bpf", "-E", "-dM", ...args], src);
    if (!r.ok) throw new Error(`clang failed:\n${r.err.slice(0, 4000)}`);
    return r.out;
  };
  const pre = new Set([...run("").matchAll(/^#define (\w+)/gm)].map((m) => m[1]));
  const out = new Map<string, string>();
  for (const m of run(source).matchAll(/^#define (\w+)( (.*))?$/gm)) if (!pre.has(m[1])) out.set(m[1], m[3] ?? "");
  return out;
}

const KEYWORDS = new Set(["unsigned", "signed", "long", "int", "short", "char"]);

/**
 * The names among `candidates` whose value is an integer constant expression built only from
 * numbers, operators, integer casts and other such names (so a printing program can evaluate it).
 */
export function integerNames(defs: Map<string, string>, enums: Set<string>): Set<string> {
  const ok = new Set(enums);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, value] of defs) {
      if (ok.has(name) || value.trim() === "" || /["'.[\]{}]/.test(value)) continue;
      const ids = value.match(/\b[A-Za-z_]\w*\b/g) ?? [];
      const literal = (id: string) => /^(0x[0-9a-f]+|\d+)[ul]*$/i.test(id);
      if (ids.every((id) => KEYWORDS.has(id) || ok.has(id) || literal(id))) {
        ok.add(name);
        changed = true;
      }
    }
  }
  return ok;
}

/**
 * Values of the names, computed by a host program compiled with `args` (the headers are plain
 * C, so the host compiler evaluates their constants as the BPF target would: both are LP64).
 * Names the headers do not define (macro undefined, enumerator absent) are missing from the result.
 */
export function constantValues(args: readonly string[], includes: string, names: readonly string[], enums: Set<string>): Map<string, string> {
  const body = names
    .map((n) => (enums.has(n) ? `  P(${n});` : `#ifdef ${n}\n  P(${n});\n#endif`))
    .join("\n");
  const src = `${includes}\nint printf(const char *, ...);\n#define P(n) printf("%s %lld\\n", #n, (long long)(n))\nint main(void) {\n${body}\n  return 0;\n}\n`;
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-val-"));
  writeFileSync(join(dir, "values.c"), src);
  const exe = join(dir, "values");
  const cc = spawnSync(CLANG, ["-w", ...args, join(dir, "values.c"), "-o", exe], { encoding: "utf8" });
  if (cc.status !== 0) throw new Error(`host compile failed:\n${cc.stderr.slice(0, 4000)}`);
  const out = execFileSync(exe, { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  return new Map(out.trim().split("\n").filter(Boolean).map((l) => l.split(" ") as [string, string]));
}

/**
 * Linux 6.12's own UAPI headers for the files whose 6.12 text matters (the Debian linux-libc-dev
 * here is 6.1), taken from /usr/src/linux-source-6.12.tar.xz once and kept under /tmp.
 * Undefined (with the reason) when the source package is not installed.
 */
export function linux612Uapi(files: readonly string[]): { dir?: string; why?: string } {
  const tar = "/usr/src/linux-source-6.12.tar.xz";
  const dir = join(tmpdir(), "bpfplay-uapi-linux-6.12");
  if (files.every((f) => existsSync(join(dir, "linux", f)))) return { dir };
  if (!existsSync(tar)) return { why: `${tar} is missing (apt-get install linux-source-6.12)` };
  const work = mkdtempSync(join(tmpdir(), "bpfplay-ksrc-"));
  const members = files.map((f) => `linux-source-6.12/include/uapi/linux/${f}`);
  const r = spawnSync("tar", ["-xJf", tar, "-C", work, ...members], { encoding: "utf8" });
  if (r.status !== 0) return { why: `tar failed: ${r.stderr}` };
  mkdirSync(join(dir, "linux"), { recursive: true });
  for (const f of files) execFileSync("cp", [join(work, members[files.indexOf(f)]), join(dir, "linux", f)]);
  rmSync(work, { recursive: true, force: true });
  return { dir };
}

/** An empty gnu/stubs-32.h: glibc asks for it when -target bpf reaches its headers. */
export function glibcStubs(): string {
  return writeTree({ "gnu/stubs-32.h": "" }, "bpfplay-stubs-");
}

/**
 * sizeof and _Alignof of the named records as clang computes them for -target bpf. The layout
 * dump shows a record as it is at its closing brace, before a trailing
 * `__attribute__((aligned))` or `packed` applies, so sizes come from here instead: each is a
 * failing _Static_assert whose note shows the value.
 */
export function recordSizes(args: readonly string[], source: string, names: readonly string[]): Map<string, { size: number; align: number }> {
  const asserts = names.map((n, k) => `_Static_assert(sizeof(${n}) * 1000 + _Alignof(${n}) == -${k + 1}, "${n}");`).join("\n");
  const r = clang(["-target", "bpf", "-fsyntax-only", "-fno-color-diagnostics", "-ferror-limit=0", ...args], `${source}\n${asserts}\n`);
  const out = new Map<string, { size: number; align: number }>();
  for (const m of r.err.matchAll(/expression evaluates to '(\d+) == -(\d+)'/g)) {
    const v = Number(m[1]);
    out.set(names[Number(m[2]) - 1], { size: Math.floor(v / 1000), align: v % 1000 });
  }
  return out;
}
