// npx tsx test/cc/report.ts [name-filter]: per program, whether bpfplay's compiler agrees with
// clang-19 in the VM and in the kernel, whether the kernel accepts each side, and the sizes.
import { kernelAvailable } from "../kernel/reference.ts";
import { clangAvailable, vmlinuxFrom } from "./clang.ts";
import { buildSuite, kernelAll, kernelCompare, sizeOf, vmCompare } from "./evaluate.ts";
import type { KernelSide } from "./kernel.ts";

const clang = clangAvailable();
if (!clang.ok) {
  console.log(`SKIP: ${clang.reason}`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
const kernel = kernelAvailable();
const filter = process.argv[2];
const full = await buildSuite();
const suite = { ...full, progs: full.progs.filter((p) => !filter || p.name.includes(filter)) };
const runs = kernel.ok ? kernelAll(suite) : undefined;

const acc = (k: KernelSide | undefined) => (!k ? "-" : k.kind === "loaded" ? "yes" : k.kind === "rejected" ? "NO" : "err");
const rows: string[][] = [["program", "vm", "kernel", "accepted bpfplay/clang", "insns bpfplay/clang", "ratio"]];
const ratios: { name: string; r: number }[] = [];
let vmAgree = 0, kAgree = 0, bAcc = 0, cAcc = 0, compiled = 0;
const failures: string[] = [];
for (const p of suite.progs) {
  const v = vmCompare(suite, p);
  const k = runs ? kernelCompare(suite, runs, p) : undefined;
  const b = sizeOf(suite.bpfplay.get(p.name), p);
  const c = sizeOf(suite.clang.get(p.name), p);
  if (b !== undefined) compiled++;
  const vmOk = !v.reference && v.problems.length === 0;
  const kOk = k && !k.reference && k.problems.length === 0;
  vmAgree += vmOk ? 1 : 0;
  kAgree += kOk ? 1 : 0;
  bAcc += k?.bpfplay?.kind === "loaded" ? 1 : 0;
  cAcc += k?.clang?.kind === "loaded" ? 1 : 0;
  if (b !== undefined && c) ratios.push({ name: p.name, r: b / c });
  rows.push([p.name, v.reference ? "REF?" : vmOk ? "yes" : "no", !k ? "-" : k.reference ? "REF?" : kOk ? (k.ran ? "yes" : "load") : "no", `${acc(k?.bpfplay)}/${acc(k?.clang)}`, `${b ?? "-"}/${c ?? "-"}`, b !== undefined && c ? (b / c).toFixed(2) : "-"]);
  const why = v.reference ?? v.problems[0] ?? k?.reference ?? k?.problems[0];
  if (why) failures.push(`${p.name}: ${why.split("\n").slice(0, 4).join(" | ").slice(0, 300)}`);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((x, i) => x.padEnd(w[i])).join("  "));
ratios.sort((a, b) => a.r - b.r);
const median = ratios.length ? (ratios.length % 2 ? ratios[(ratios.length - 1) / 2].r : (ratios[ratios.length / 2 - 1].r + ratios[ratios.length / 2].r) / 2) : NaN;
const worst = ratios[ratios.length - 1];
const n = suite.progs.length;
console.log("");
console.log(`programs: ${n}; bpfplay compiles ${compiled}`);
console.log(`agree with clang in the VM: ${vmAgree}/${n}`);
console.log(kernel.ok ? `agree with clang in the kernel: ${kAgree}/${n}; kernel accepts bpfplay's ${bAcc}, clang's ${cAcc}` : `kernel: SKIP (${kernel.reason})`);
console.log(ratios.length ? `size bpfplay/clang: median ${median.toFixed(2)}, worst ${worst.r.toFixed(2)} (${worst.name}), best ${ratios[0].r.toFixed(2)} (${ratios[0].name})` : "size: nothing compiled by both");
console.log(`vmlinux.h for clang: ${vmlinuxFrom || "(not needed)"}`);
if (failures.length) console.log(`\nfailures:\n${failures.join("\n")}`);
