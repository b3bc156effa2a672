// The kernel through libbpf, as a user loads an object: `bpftool prog loadall OBJ DIR pinmaps
// MAPS` (libbpf opens the object, creates its maps, applies CO-RE against the kernel's BTF and
// loads every program in order, stopping at the first the kernel refuses), then
// `bpftool prog run pinned DIR/PROG` for BPF_PROG_TEST_RUN and `bpftool map dump` for the maps.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BPFTOOL = process.env.BPFTOOL ?? "bpftool";
const BPFFS = "/sys/fs/bpf";

export type LoadAll =
  /** libbpf refused the object before the kernel saw a program (legacy maps, no BTF for .maps, ...). */
  | { readonly kind: "object"; readonly message: string }
  /** The kernel refused this program (the first that failed; libbpf stops there). */
  | { readonly kind: "rejected"; readonly prog: string; readonly log: string; readonly core?: readonly LibbpfCore[]; readonly processed: Readonly<Record<string, number>>; readonly logs?: Readonly<Record<string, string>> }
  | { readonly kind: "loaded"; readonly progs: readonly string[]; readonly dir: string; readonly mapsDir: string; readonly core?: readonly LibbpfCore[]; readonly processed: Readonly<Record<string, number>>; readonly logs?: Readonly<Record<string, string>> };

/** Each program's verifier log, as `bpftool -d` prints them (every program's, loaded or not). */
export function programLogs(out: string): Record<string, string> {
  const logs: Record<string, string> = {};
  for (const m of out.matchAll(/libbpf: prog '([^']+)': -- BEGIN PROG LOAD LOG --\n([\s\S]*?)-- END PROG LOAD LOG --/g)) logs[m[1]] = m[2];
  return logs;
}

/** Each program's instructions processed, from its verifier log. */
export function processedCounts(out: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [prog, log] of Object.entries(programLogs(out))) {
    const n = /^processed (\d+) insns/m.exec(log);
    if (n) counts[prog] = Number(n[1]);
  }
  return counts;
}

/** One CO-RE relocation as libbpf's debug log tells it: the program, the instruction in it, its value or the poison. */
export interface LibbpfCore {
  readonly prog: string;
  readonly insn: number;
  readonly spec: string;
  /** The patched value (an ALU imm, a load's off, an ld_imm64's 64 bits); undefined if poisoned. */
  readonly value?: string;
}

/** `bpftool -d`'s libbpf lines: `relo #N: <spec>` then `patched insn #K (...) imm A -> B` or `substituting insn #K`. */
export function libbpfCore(out: string): LibbpfCore[] {
  const specs = new Map<string, string>();
  const found: LibbpfCore[] = [];
  for (const line of out.split("\n")) {
    const m = /^libbpf: prog '([^']+)': relo #(\d+): (.*)$/.exec(line);
    if (!m) continue;
    const [, prog, n, rest] = m;
    const key = `${prog}#${n}`;
    if (rest.startsWith("<") && !specs.has(key)) specs.set(key, rest);
    const patched = /^patched insn #(\d+) \([^)]*\) (?:imm64|imm|off) (-?\d+) -> (-?\d+)/.exec(rest);
    const poisoned = /^substituting insn #(\d+) w\/ invalid insn/.exec(rest);
    if (patched) found.push({ prog, insn: Number(patched[1]), spec: specs.get(key) ?? "", value: patched[3] });
    else if (poisoned) found.push({ prog, insn: Number(poisoned[1]), spec: specs.get(key) ?? "" });
  }
  return found;
}

function run(args: readonly string[], input?: string) {
  return spawnSync(BPFTOOL, args, { encoding: "utf8", timeout: 60_000, input, maxBuffer: 64 << 20 });
}

/** Whether bpftool runs and the BPF filesystem is mounted (mounting it if it is not). */
export function bpftoolAvailable(): { ok: true } | { ok: false; reason: string } {
  const v = run(["version"]);
  if (v.error || v.status !== 0) return { ok: false, reason: `${BPFTOOL} does not run: ${v.error?.message ?? v.stderr}` };
  const m = spawnSync("sh", ["-c", `mount | grep -q ' ${BPFFS} type bpf' || mount -t bpf bpf ${BPFFS}`], { encoding: "utf8" });
  if (m.status !== 0) return { ok: false, reason: `no BPF filesystem at ${BPFFS}: ${m.stderr}` };
  return { ok: true };
}

let serial = 0;

/** Loads every program of the object; the caller removes the pins with `unpin`. */
export function loadAll(obj: string, tag: string): LoadAll {
  const name = `bpfplay_elf_${process.pid}_${serial++}_${tag.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const dir = join(BPFFS, name);
  const mapsDir = join(BPFFS, `${name}_maps`);
  // -d: libbpf's debug log, which tells each CO-RE relocation's outcome
  const p = run(["-d", "prog", "loadall", obj, dir, "pinmaps", mapsDir]);
  const out = `${p.stdout}${p.stderr}`;
  if (p.status === 0) return { kind: "loaded", progs: readdirSync(dir), dir, mapsDir, core: libbpfCore(out), processed: processedCounts(out), logs: programLogs(out) };
  unpin({ kind: "loaded", progs: [], dir, mapsDir, processed: {} });
  const failed = /libbpf: prog '([^']+)': failed to load/.exec(out);
  if (failed) return { kind: "rejected", prog: failed[1], log: logOf(out, failed[1]), core: libbpfCore(out), processed: processedCounts(out), logs: programLogs(out) };
  // libbpf's last word before bpftool's "Error: failed to open object file"
  const why = out.split("\n").filter((l) => l.startsWith("libbpf:")).pop() ?? out.split("\n")[0];
  return { kind: "object", message: why.trim() };
}

/** The failed program's verifier log (with -d, libbpf prints every program's). */
function logOf(out: string, prog: string): string {
  const a = out.lastIndexOf(`prog '${prog}': -- BEGIN PROG LOAD LOG --`);
  const b = out.indexOf("-- END PROG LOAD LOG --", a);
  return a >= 0 && b > a ? out.slice(out.indexOf("\n", a) + 1, b).trim() : out.slice(-2000);
}

export function unpin(l: LoadAll): void {
  if (l.kind !== "loaded") return;
  rmSync(l.dir, { recursive: true, force: true });
  rmSync(l.mapsDir, { recursive: true, force: true });
}

export type TestRun = { readonly ran: true; readonly r0: number; readonly packetOut: string } | { readonly ran: false; readonly reason: string };

/** BPF_PROG_TEST_RUN of a pinned program on one packet. */
export function testRun(l: LoadAll & { kind: "loaded" }, prog: string, packet: Uint8Array): TestRun {
  const tmp = mkdtempSync(join(tmpdir(), "bpfplay-run-"));
  try {
    const inFile = join(tmp, "in");
    const outFile = join(tmp, "out");
    writeFileSync(inFile, packet);
    const p = run(["prog", "run", "pinned", join(l.dir, prog), "data_in", inFile, "data_out", outFile, "repeat", "1"]);
    const m = /Return value: (-?\d+)/.exec(p.stdout);
    if (p.status !== 0 || !m) return { ran: false, reason: `${p.stderr}${p.stdout}`.trim().split("\n").pop() ?? "" };
    let out = "";
    try {
      out = Buffer.from(readFileSync(outFile)).toString("hex");
    } catch {
      out = "";
    }
    return { ran: true, r0: Number(m[1]) >>> 0, packetOut: out };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A pinned map's entries as key hex → value hex (per-CPU maps: CPU 0's value), sorted by key. */
export function dumpMap(l: LoadAll & { kind: "loaded" }, pinName: string): Record<string, string> | undefined {
  const p = run(["-j", "map", "dump", "pinned", join(l.mapsDir, pinName)]);
  if (p.status !== 0) return undefined;
  const hex = (a: readonly string[]) => a.map((b) => b.replace(/^0x/, "").padStart(2, "0")).join("");
  const out: Record<string, string> = {};
  for (const e of JSON.parse(p.stdout) as { key: string[]; value?: string[]; values?: { cpu: number; value: string[] }[] }[]) {
    const v = e.value ?? e.values?.find((x) => x.cpu === 0)?.value;
    if (v) out[hex(e.key)] = hex(v);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The pinned maps' names (libbpf's: global data maps are `<object prefix>.data`). */
export function pinnedMaps(l: LoadAll & { kind: "loaded" }): string[] {
  try {
    return readdirSync(l.mapsDir);
  } catch {
    return [];
  }
}
