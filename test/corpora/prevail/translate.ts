// One PREVAIL case as a bpfplay program: map declarations, the prologue that sets up its `pre`
// state, then its code. Or the reason it cannot be one.
//
// The program type is xdp. PREVAIL's harness gives every case a made-up type named after the
// case, with a 64-byte context whose packet pointers are data at offset 0 and data_end at
// offset 4 and no data_meta, and lets it call any Linux helper. xdp_md has data and data_end
// at exactly those offsets; xdp may read and write the packet and call the base helpers. Its
// context is only 24 bytes and read-only, which shows up as a category of its own. Cases with
// legacy packet loads (skb[...]) run as sched_cls instead, the one change that lets the kernel
// take those instructions at all; their context then has data at 76 and data_end at 80.
import { translateCode } from "./code.ts";
import { prologue } from "./pre.ts";
import type { PrevailCase } from "./yaml.ts";

export interface Translated {
  readonly text: string;
  readonly progType: string;
  /** The case's `assume` lines became branches. */
  readonly assumed: boolean;
}

export interface TranslateOptions {
  /** What to do with `assume`: skip the case (the default) or turn it into a branch. */
  readonly assume?: "skip" | "branch";
}

export function translate(c: PrevailCase, opts: TranslateOptions = {}): Translated | { skip: string } {
  if (c.expectedException !== undefined) return { skip: "a malformed fixture (PREVAIL's loader must throw)" };
  if (c.options.includes("big_endian")) return { skip: "option big_endian (the kernel here is little-endian)" };

  const code = translateCode(c.blocks, opts.assume ?? "skip");
  if ("skip" in code) return code;
  const progType = code.legacyPacket ? "sched_cls" : "xdp";

  // Scratch registers for the prologue: ones the case never mentions.
  const mentioned = new Set<number>();
  for (const text of [...c.pre, ...c.blocks.flatMap((b) => b.lines.map((l) => l.replace(/;.*$/, "")))]) {
    for (const m of text.matchAll(/\b[rw](\d+)\b/g)) mentioned.add(Number(m[1]));
  }
  const scratch = [9, 8, 7, 6].filter((n) => !mentioned.has(n)).map((n) => `r${n}`);
  const pre = prologue(c.pre, scratch, progType === "xdp" ? { data: 0, dataEnd: 4 } : { data: 76, dataEnd: 80 });
  if ("skip" in pre) return pre;

  const maps = [...pre.maps];
  if (pre.mapFd || code.mapFd || code.mapValue) {
    // PREVAIL's one test map (type 0: whatever the helper wants) has 4-byte keys and values and
    // 4 entries: here a hash, an array when the code takes a value's address directly, a ring
    // buffer when the code only calls ring buffer helpers.
    const calls = new Set(code.lines.flatMap((l) => /^call (\d+)$/.exec(l)?.[1] ?? []));
    const ringbuf = ["130", "131", "134"].some((h) => calls.has(h)) && !["1", "2", "3"].some((h) => calls.has(h));
    maps.push(
      ringbuf
        ? ".map prevail_test, type=ringbuf, key_size=0, value_size=0, max_entries=4096"
        : `.map prevail_test, type=${code.mapValue ? "array" : "hash"}, key_size=4, value_size=4, max_entries=4`,
    );
  }
  if (pre.progArray) maps.push(".map prevail_progs, type=prog_array, key_size=4, value_size=4, max_entries=4");

  const body = [...pre.lines];
  const fails = [...pre.lines, ...code.lines].some((l) => l.includes("__pre_fail"));
  if (fails) body.push("goto __code", "__pre_fail:", "r0 = 0", "exit", "__code:");
  body.push(...code.lines);
  // PREVAIL's harness lets a program end without an exit (most cases are fragments); the
  // kernel does not. A fragment that can run off its end exits there, with r0 set so that
  // the added exit reads nothing the fragment left unset.
  const last = code.lines.filter((l) => !l.endsWith(":")).pop() ?? "";
  if (!/^(exit|goto\s|gotol\s)/.test(last)) body.push("r0 = 0", "exit");
  return { text: [...maps, ...body].join("\n") + "\n", progType, assumed: code.assumed };
}
