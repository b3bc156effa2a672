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
  | { readonly kind: "rejected"; readonly prog: string; readonly log: string }
  | { readonly kind: "loaded"; readonly progs: readonly string[]; readonly dir: string; readonly mapsDir: string };

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
  const p = run(["prog", "loadall", obj, dir, "pinmaps", mapsDir]);
  const out = `${p.stdout}${p.stderr}`;
  if (p.status === 0) return { kind: "loaded", progs: readdirSync(dir), dir, mapsDir };
  unpin({ kind: "loaded", progs: [], dir, mapsDir });
  const failed = /libbpf: prog '([^']+)': failed to load/.exec(out);
  if (failed) return { kind: "rejected", prog: failed[1], log: logOf(out) };
  const why = out.split("\n").find((l) => l.startsWith("libbpf:") && !/^libbpf: (elf: skipping|sec '|map '\.|loaded kernel BTF)/.test(l)) ?? out.split("\n")[0];
  return { kind: "object", message: why.trim() };
}

function logOf(out: string): string {
  const a = out.indexOf("-- BEGIN PROG LOAD LOG --");
  const b = out.indexOf("-- END PROG LOAD LOG --");
  return a >= 0 && b > a ? out.slice(a + 25, b).trim() : out.slice(-2000);
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

export interface XlatedInsn {
  readonly code: number;
  readonly off: number;
  /** The immediate; for ld_imm64, the 64-bit value of both slots. */
  readonly imm: bigint;
}

/** The program as the kernel holds it after libbpf's relocations and the verifier's rewrites, by slot (ld_imm64 at its first). */
export function xlated(l: LoadAll & { kind: "loaded" }, prog: string): (XlatedInsn | undefined)[] | undefined {
  const p = run(["-j", "prog", "dump", "xlated", "pinned", join(l.dir, prog), "opcodes"]);
  if (p.status !== 0) return undefined;
  const le = (bytes: readonly string[]) => bytes.reduceRight((v, b) => (v << 8n) | BigInt(parseInt(b, 16)), 0n);
  const out: (XlatedInsn | undefined)[] = [];
  for (const e of JSON.parse(p.stdout) as { opcodes?: { code: string; off: string[]; imm: string[] } }[]) {
    if (!e.opcodes) return undefined;
    const imm = e.opcodes.imm;
    const wide = imm.length === 12;
    // ld_imm64: bytes 0-3 the first slot's imm, 4-7 the second slot's code..off, 8-11 its imm
    const value = wide ? le(imm.slice(0, 4)) | (le(imm.slice(8, 12)) << 32n) : BigInt.asIntN(32, le(imm));
    out.push({ code: parseInt(e.opcodes.code, 16), off: Number(BigInt.asIntN(16, le(e.opcodes.off))), imm: value });
    if (wide) out.push(undefined);
  }
  return out;
}
