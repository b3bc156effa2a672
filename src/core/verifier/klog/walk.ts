// The order a kernel log's walk went in, which parse.ts's per-pc view leaves out: the log prints
// each instruction as the walk reaches it, and `from A to B:` where it resumes a branch it left
// for later. From it: the error path (the last stretch walked, preceded by the stretch it
// branched from up to the branch, and so on back to the entry), and the state before each
// instruction walked. The kernel prints a whole state only at the entry, at a resumed branch and
// (level 2) at some instructions; after an instruction it prints only the registers and slots
// that instruction touched (`; R0=0`). The state before the next instruction is the running state
// with those changes applied (a call first clobbers R1-R5, which the kernel then no longer prints).

import { regViewText } from "../view.ts";
import { parseStateText } from "./parse.ts";
import { parseRegText } from "./states.ts";

const INSN = /^(\d+): \(([0-9a-f]{2})\) (.*)$/;
const FROM = /^from (\d+) to (\d+): (?:frame(\d+): )?(.*)$/;
const STATE = /^(\d+): (?:frame(\d+): )?((?:R\d+|fp-?\d+|refs)\S*=.*)$/;
const CALL = 0x85;

/** Bound on the stretches followed back: one per branch the log resumed. */
const MAX_HOPS = 100_000;

/** A state before an instruction: as printed, or `derived` from the last whole one and the changes printed since. */
export interface WalkState {
  readonly pc: number;
  readonly frame: number;
  readonly values: Readonly<Record<string, string>>;
  readonly written: readonly string[];
  readonly derived: boolean;
  /** A derived state: the names the log printed after the instruction before (the rest is carried). */
  readonly printed?: readonly string[];
}

export interface LogWalk {
  /** Every instruction the walk printed, ascending. */
  readonly visited: readonly number[];
  /** The instructions of the last path walked (the failing one, for a rejection), in order. */
  readonly lastPath: readonly number[];
  /** The state before each instruction walked, in the walk's order (none before a whole state was printed). */
  readonly before: readonly WalkState[];
}

const isJump = (code: number) => ((code & 7) === 5 || (code & 7) === 6) && (code & 0xf0) !== 0x00 && (code & 0xf0) !== 0x80 && (code & 0xf0) !== 0x90;

/**
 * A comparison with the packet's end proves bytes readable through every packet pointer of the same
 * id (the kernel's find_good_pkt_pointers), but the log prints only the registers the jump named:
 * the others of that id get the range too.
 */
function widenPackets(values: Record<string, string>, changed: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(changed)) {
    const r = parseRegText(text);
    if (r?.type !== "pkt" || r.range === undefined) continue;
    for (const [other, t] of Object.entries(values)) {
      if (other === name || !/^R\d+$/.test(other)) continue;
      const o = parseRegText(t);
      if (o?.type === "pkt" && (o.id ?? 0) === (r.id ?? 0) && (o.range ?? 0) < r.range) values[other] = regViewText({ ...o, range: r.range });
    }
  }
}

export function walkOfLog(text: string): LogWalk {
  // stretches of the walk: each starts at the entry or at a resumed branch (`from` = the jump)
  const stretches: { from?: number; pcs: number[] }[] = [{ pcs: [] }];
  const visited = new Set<number>();
  const before: WalkState[] = [];
  let running: { frame: number; values: Record<string, string>; written: string[]; derived: boolean; printed?: string[] } | undefined;
  const whole = (frame: number, body: string) => {
    const { values, written } = parseStateText(body);
    running = { frame, values, written, derived: false };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    let m = FROM.exec(line);
    if (m) {
      stretches.push({ from: Number(m[1]), pcs: [] });
      if (m[4] !== "safe") whole(m[3] ? Number(m[3]) : 0, m[4]);
      else running = undefined;
      continue;
    }
    m = INSN.exec(line);
    if (m) {
      const pc = Number(m[1]);
      const cur = stretches[stretches.length - 1];
      // level 2 prints the instruction again after its `; ...` state: one visit
      if (cur.pcs[cur.pcs.length - 1] === pc) continue;
      cur.pcs.push(pc);
      visited.add(pc);
      if (running) before.push({ pc, ...running, values: { ...running.values } });
      const semi = m[3].search(/\s{2,};(?: |$)/);
      if (running) {
        const values = { ...running.values };
        if (parseInt(m[2], 16) === CALL) for (let r = 1; r <= 5; r++) delete values[`R${r}`];
        let written: string[] = [];
        let printed: string[] = [];
        if (semi >= 0) {
          const after = m[3].slice(m[3].indexOf(";", semi) + 1).trim().replace(/^frame\d+: /, "");
          const changed = parseStateText(after);
          Object.assign(values, changed.values);
          written = changed.written;
          printed = Object.keys(changed.values);
          if (isJump(parseInt(m[2], 16))) widenPackets(values, changed.values);
        }
        running = { frame: running.frame, values, written, derived: true, printed };
      }
      continue;
    }
    m = STATE.exec(line);
    if (m) whole(m[2] ? Number(m[2]) : 0, m[3]);
  }
  let k = stretches.length - 1;
  while (k > 0 && stretches[k].pcs.length === 0) k--;
  const parts: number[][] = [stretches[k].pcs];
  let from = stretches[k].from;
  for (let hops = 0; from !== undefined && k > 0 && hops < MAX_HOPS; hops++) {
    // the latest earlier stretch that walked through the branch
    let j = k - 1;
    while (j >= 0 && !stretches[j].pcs.includes(from)) j--;
    if (j < 0) break;
    const pcs = stretches[j].pcs;
    parts.push(pcs.slice(0, pcs.lastIndexOf(from) + 1));
    from = stretches[j].from;
    k = j;
  }
  return { visited: [...visited].sort((a, b) => a - b), lastPath: parts.reverse().flat(), before };
}
