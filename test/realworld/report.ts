// The printed result of measure.ts: one line per program, totals per source, bpfplay's compile
// errors grouped by message (ranked by how many programs each one stops first), the kernel's
// rejections of bpfplay's bytecode, and the code size ratio against clang.
import { basename } from "node:path";
import type { BpfplaySide } from "./bpfplay_side.ts";
import type { ClangSide } from "./clang_side.ts";
import type { Manifest } from "./manifest.ts";

export interface Row {
  readonly m: Manifest;
  readonly clang: ClangSide;
  readonly bpfplay: BpfplaySide;
  /** Undefined when not tried (no kernel, not compiled, or a type bpfplay does not run). */
  readonly kernelBpfplay?: { readonly accepted: boolean; readonly log?: string };
  readonly ratios: readonly number[];
}

/** Whether the row counts for acceptance: clang compiles it and (when asked) the kernel loads clang's object. */
export const counts = (r: Row) => r.clang.compiled && (r.clang.kernel === undefined || r.clang.kernel.accepted);
const verified = (r: Row) => r.bpfplay.compiled && r.bpfplay.programs.every((p) => p.verified);

/** A message with its quoted names and numbers blanked, so one construct groups across programs. */
export const normalise = (msg: string) => msg.replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"').replace(/\b\d+\b/g, "N");

/** The message, and the header it is in when that is not the program's own file (one construct, one place). */
function withHeader(located: string, message: string, mainFile: string): string {
  const file = /^(.*?):(\d+|\?):(\d+|\?): /.exec(located)?.[1];
  if (!file || file === mainFile || !/\.h$/.test(file)) return message;
  const parts = file.split("/");
  return `${message} [in ${parts.slice(-2).join("/")}]`;
}

const pct = (a: number, b: number) => (b === 0 ? "-" : `${a}/${b} (${Math.round((100 * a) / b)}%)`);
const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function cell(r: Row): string[] {
  const c = r.clang.compiled ? (r.clang.kernel ? (r.clang.kernel.accepted ? "ok+load" : "ok-REJ") : "ok") : "ERR";
  const b = r.bpfplay.crash ? "CRASH" : r.bpfplay.compiled ? "ok" : "ERR";
  const v = !r.bpfplay.compiled ? "" : verified(r) ? "ok" : "REJ";
  const k = r.kernelBpfplay ? (r.kernelBpfplay.accepted ? "load" : "REJ") : "";
  const ratio = r.ratios.length ? Math.max(...r.ratios).toFixed(2) : "";
  const note = r.bpfplay.crash ?? r.bpfplay.errors[0] ?? r.bpfplay.programs.find((p) => p.verifierError)?.verifierError ?? (r.kernelBpfplay && !r.kernelBpfplay.accepted ? r.kernelBpfplay.log : "") ?? "";
  const shortNote = note.replace(/(^|\s)\/\S*\/(?=[^/\s]+:\d)/g, "$1").slice(0, 150);
  return [`${r.m.source}/${r.m.name}`, r.m.expect === "supported" ? "" : "btf", c, b, v, k, ratio, shortNote];
}

export function printReport(rows: readonly Row[]) {
  const head = ["program", "type", "clang", "bpfplay", "verify", "kernel", "size", "first problem"];
  const lines = [head, ...rows.map(cell)];
  const w = head.map((_, i) => (i === head.length - 1 ? 0 : Math.max(...lines.map((l) => l[i].length))));
  for (const l of lines) console.log(l.map((x, i) => (w[i] ? x.padEnd(w[i]) : x)).join("  "));

  console.log("\nTotals per source (acceptance counts only programs clang compiles and the kernel loads):");
  const sources = [...new Set(rows.map((r) => r.m.source))];
  for (const s of [...sources, "ALL"]) {
    const rs = rows.filter((r) => s === "ALL" || r.m.source === s);
    const sup = rs.filter((r) => r.m.expect === "supported");
    const base = sup.filter(counts);
    const uns = rs.filter((r) => r.m.expect === "unsupported" && counts(r));
    const kTried = base.filter((r) => r.kernelBpfplay);
    console.log(
      `  ${s}: ${rs.length} programs; clang compiles ${pct(rs.filter((r) => r.clang.compiled).length, rs.length)}, kernel loads clang's ${pct(rs.filter(counts).length, rs.filter((r) => r.clang.compiled).length)}\n` +
        `    supported types, clang+kernel ok: ${base.length}; bpfplay compiles ${pct(base.filter((r) => r.bpfplay.compiled).length, base.length)}, ` +
        `its verifier accepts ${pct(base.filter(verified).length, base.length)}, kernel loads bpfplay's bytecode ${pct(kTried.filter((r) => r.kernelBpfplay!.accepted).length, base.length)}` +
        `, crashes/hangs ${base.filter((r) => r.bpfplay.crash).length}\n` +
        `    BTF-only types (fentry/lsm/iter/struct_ops/...): ${uns.length}; bpfplay compiles them with no error ${uns.filter((r) => r.bpfplay.compiled).length}, ` +
        `located error ${uns.filter((r) => !r.bpfplay.compiled && !r.bpfplay.crash && r.bpfplay.errors.length).length}, crash/hang ${uns.filter((r) => r.bpfplay.crash).length}`,
    );
  }
  // also every program clang compiles (whatever the kernel says): the compiler's own question
  const cc = rows.filter((r) => r.clang.compiled);
  console.log(`  every program clang compiles: ${cc.length}; bpfplay compiles ${pct(cc.filter((r) => r.bpfplay.compiled).length, cc.length)}`);

  console.log("\nbpfplay's compile errors on programs clang compiles, by message (first error per program; 'also' = anywhere):");
  const first = new Map<string, { n: number; also: number; example: string; progs: string[] }>();
  for (const r of cc) {
    if (r.bpfplay.compiled) continue;
    const msgs = r.bpfplay.crash ? [`CRASH ${r.bpfplay.crash.split(" | ")[0]}`] : r.bpfplay.errors.map((e, i) => withHeader(e, r.bpfplay.messages[i] ?? e, r.m.file));
    const firstKey = normalise(msgs[0] ?? "no program and no error");
    for (const key of new Set(msgs.map(normalise))) {
      const g = first.get(key) ?? { n: 0, also: 0, example: "", progs: [] };
      g.also++;
      if (key === firstKey) {
        g.n++;
        g.progs.push(`${r.m.source}/${r.m.name}`);
        if (!g.example) g.example = r.bpfplay.crash ?? r.bpfplay.errors[0] ?? "";
      }
      first.set(key, g);
    }
  }
  for (const [k, g] of [...first].filter(([, g]) => g.n > 0).sort((a, b) => b[1].n - a[1].n)) {
    console.log(`  ${String(g.n).padStart(3)} (also ${g.also})  ${k}\n        e.g. ${g.example.replace(/^\/\S*\//, (p) => basename(p) + "/")}\n        in: ${g.progs.slice(0, 8).join(", ")}${g.progs.length > 8 ? ", ..." : ""}`);
  }

  console.log("\nbpfplay's verifier rejects (programs clang+kernel accept):");
  for (const r of rows.filter((r) => counts(r) && r.bpfplay.compiled && !verified(r) && r.m.expect === "supported")) {
    for (const p of r.bpfplay.programs.filter((p) => !p.verified)) console.log(`  ${r.m.source}/${r.m.name} ${p.name} (${p.section}): ${p.verifierError ?? "no program type"}`);
  }
  console.log("\nThe kernel rejects bpfplay's bytecode where it loads clang's:");
  for (const r of rows.filter((r) => counts(r) && r.kernelBpfplay && !r.kernelBpfplay.accepted)) console.log(`  ${r.m.source}/${r.m.name}: ${r.kernelBpfplay!.log}`);

  console.log("\ncpu v4 instructions in bpfplay's code compiled for v3 (kernels before 6.6 refuse them):");
  for (const r of rows.filter((r) => r.bpfplay.compiled)) {
    for (const p of r.bpfplay.programs.filter((p) => p.v4)) console.log(`  ${r.m.source}/${r.m.name} ${p.name}: ${p.v4}`);
  }

  const rs = rows.flatMap((r) => r.ratios);
  const worst = rows.filter((r) => r.ratios.length).sort((a, b) => Math.max(...b.ratios) - Math.max(...a.ratios))[0];
  console.log(`\nCode size, bpfplay/clang instructions per program (${rs.length} programs): median ${median(rs).toFixed(2)}, worst ${rs.length ? Math.max(...rs).toFixed(2) : "-"}${worst ? ` (${worst.m.source}/${worst.m.name})` : ""}`);
}
