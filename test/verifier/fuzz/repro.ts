// Replays one disagreement the fuzzer wrote down: the program, the kernel's log and bpfplay's log.
//
//   npx tsx test/verifier/fuzz/repro.ts /tmp/vfuzz/run.jsonl N [--level 2]
import { readFileSync } from "node:fs";
import { disassembleText } from "../../../src/core/asm/index.ts";
import { decodeSlots } from "../../../src/core/isa/index.ts";
import type { MapDef } from "../../../src/core/program.ts";
import { verify } from "../../../src/core/verifier/index.ts";
import { kernelRun } from "../../kernel/reference.ts";
import { loadSeeds, requestOf } from "./fuzz.ts";

const [file, nArg] = process.argv.slice(2);
const level = process.argv.includes("--level") ? Number(process.argv[process.argv.indexOf("--level") + 1]) : 1;
const rec = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { n: number; seed: string; prog_type: string; strict_align: boolean; insns_hex: string; what: string; kind: string; maps?: MapDef[] })
  .find((x) => x.n === Number(nArg));
if (!rec) throw new Error(`no record ${nArg} in ${file}`);
const found = loadSeeds().find((s) => s.name === rec.seed);
if (!found) throw new Error(`no seed ${rec.seed}`);
// a map mutation keeps its maps in the record (without their data, which only seeds carry)
const seed = rec.maps ? { ...found, maps: rec.maps.map((m, i) => ({ ...m, ...(found.maps[i]?.init ? { init: found.maps[i].init } : {}) })) } : found;
const bytes = Uint8Array.from(rec.insns_hex.match(/../g) ?? [], (b) => parseInt(b, 16));
const { insns } = decodeSlots(bytes);
console.log(`#${rec.n} ${rec.seed} ${rec.kind}: ${rec.what} (type ${rec.prog_type}${rec.strict_align ? ", strict align" : ""}, maps ${seed.maps.map((m) => `${m.name}:${m.type}:${m.keySize}:${m.valueSize}:${m.maxEntries}:${m.flags}`).join(" ")})`);
console.log(disassembleText(insns, {}));
const req = { ...requestOf(insns, rec.prog_type, seed.maps, rec.strict_align), log_level: level };
const k = kernelRun(req);
console.log("---- kernel");
console.log("accepted" in k ? `${k.accepted ? "accepted" : `rejected errno ${k.errno}`}\n${k.verifier_log}` : JSON.stringify(k));
const v = verify({ insns, maps: seed.maps.slice(), lines: insns.map(() => 0), symbols: [] }, { progType: rec.prog_type, logLevel: level as 1 | 2, strictAlign: rec.strict_align });
console.log("---- bpfplay");
console.log(`${v.accepted ? "accepted" : "rejected"}\n${v.log}`);
