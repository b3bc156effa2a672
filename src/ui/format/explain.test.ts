// Every rejection the verifier can produce has a plain-language explanation. The codes and
// message templates are read from the verifier's source, so a new check without an entry
// in the table fails here.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explain } from "./explain.ts";

const CORE = join(__dirname, "../../core");
const read = (dir: string) =>
  readdirSync(join(CORE, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(CORE, dir, f), "utf8") }));

/** The arguments of each call of `callee(...)` in `src`, as source text, split at top-level commas. */
function callArgs(src: string, callee: string): string[][] {
  const out: string[][] = [];
  const re = new RegExp(`\\b${callee}\\(`, "g");
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const args: string[] = [];
    let depth = 0;
    let start = m.index + m[0].length;
    let k = start;
    const stack: string[] = [];
    for (; k < src.length; k++) {
      const c = src[k];
      const top = stack[stack.length - 1];
      if (top === '"' || top === "'") {
        if (c === "\\") k++;
        else if (c === top) stack.pop();
        continue;
      }
      if (top === "`") {
        if (c === "\\") k++;
        else if (c === "`") stack.pop();
        else if (c === "$" && src[k + 1] === "{") {
          stack.push("${");
          k++;
        }
        continue;
      }
      if (c === '"' || c === "'" || c === "`") stack.push(c);
      else if (c === "(" || c === "[" || c === "{") {
        stack.push(c);
        depth++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (stack.length === 0) break;
        stack.pop();
        depth--;
      } else if (c === "," && stack.length === 0) {
        args.push(src.slice(start, k).trim());
        start = k + 1;
      }
    }
    void depth;
    args.push(src.slice(start, k).trim());
    out.push(args);
  }
  return out;
}

/** A message as the verifier would print it: a literal as it is, a template with each `${...}` as "1". */
function sample(expr: string): string | undefined {
  if (/^"[^"]*"$/.test(expr)) return expr.slice(1, -1);
  if (!expr.startsWith("`") || !expr.endsWith("`")) return undefined;
  let out = "";
  for (let k = 1; k < expr.length - 1; k++) {
    if (expr[k] === "$" && expr[k + 1] === "{") {
      let depth = 1;
      k += 2;
      while (depth > 0) {
        if (expr[k] === "{") depth++;
        else if (expr[k] === "}") depth--;
        k++;
      }
      k--;
      out += "1";
    } else out += expr[k];
  }
  return out;
}

const literal = (expr: string | undefined) => (expr && /^"[\w-]+"$/.test(expr) ? expr.slice(1, -1) : undefined);

interface Site {
  readonly file: string;
  readonly code: string;
  readonly message?: string;
}

/** Every place the verifier (and the control-flow pass it runs first) rejects a program. */
function sites(): Site[] {
  const out: Site[] = [];
  for (const { file, text } of [...read("verifier"), ...read("cfg")]) {
    for (const args of callArgs(text, "new VerifyError")) {
      if (args.length < 2) continue; // the class's own declaration
      out.push({ file, code: literal(args[2]) ?? "verifier", message: sample(args[1]) });
    }
    for (const args of callArgs(text, "fail")) out.push({ file, code: "alu", message: sample(args[0]) });
    // diagnostics returned as values: `{ pc, message: "...", code: "..." }`
    for (const m of text.matchAll(/message: ((?:`[^`]*`|"[^"]*")), code: "([\w-]+)"/g)) out.push({ file, code: m[2], message: sample(m[1]) });
    // the control-flow pass: `errors.push({ pc, message: ... })`, reported with the code "cfg"
    for (const m of text.matchAll(/errors\.push\(\{ pc: [^,]+, message: ((?:`[^`]*`|"[^"]*"))/g)) out.push({ file, code: "cfg", message: sample(m[1]) });
  }
  return out;
}

describe("the explanation table", () => {
  const all = sites();

  it("finds the verifier's rejections in its source", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.map((s) => s.code)).toEqual(expect.arrayContaining(["uninit-reg", "pkt-access", "map-access", "ctx-access", "arg-type", "unreachable", "cfg", "infinite-loop", "too-complex", "stack-access", "alu", "ref-leak", "div-zero", "bad-shift", "ret-range", "fp-write"]));
  });

  it("explains every code the verifier emits", () => {
    const codes = [...new Set(all.map((s) => s.code))].filter((c) => c !== "verifier");
    const missing = codes.filter((c) => explain(c, "").id === "general");
    expect(missing).toEqual([]);
  });

  it("explains every message the verifier writes, not only its code", () => {
    const vague = all.filter((s) => s.message !== undefined && explain(s.code, s.message).id === "general").map((s) => `${s.file}: [${s.code}] ${s.message}`);
    expect(vague).toEqual([]);
  });

  it("explains the messages of malformed instructions", () => {
    for (const message of ["unknown opcode 8d", "invalid bpf_ld_imm64 insn", "R11 is invalid", "unrecognized bpf_ld_imm64 insn", "invalid atomic operand size", "BPF_ATOMIC uses invalid atomic opcode 01", "invalid may_goto imm 1", "BPF_ALU uses reserved fields", "BPF_JA uses reserved fields"]) {
      expect(explain("verifier", message).id, message).toBe("invalid-insn");
    }
  });
});

describe("explain", () => {
  const cases: [code: string, message: string, id: string, says: RegExp][] = [
    ["uninit-reg", "R2 !read_ok", "uninit-reg", /reads register r2 before writing it on this path/],
    ["uninit-reg", "R0 !read_ok", "uninit-r0-exit", /return value/],
    ["pkt-access", "invalid access to packet, off=0 size=1, R1(id=0,off=0,r=0)", "pkt-bounds", /data_end/],
    ["bad-deref", "R0 invalid mem access 'map_value_or_null'", "null-check", /may be NULL here \(map_value_or_null\)/],
    ["bad-deref", "R3 invalid mem access 'scalar'", "scalar-deref", /number, not a pointer/],
    ["map-access", "invalid access to map value, value_size=8 off=8 size=8", "map-bounds", /value_size/],
    ["ctx-access", "invalid bpf_context access off=24 size=4", "ctx-access", /context/],
    ["arg-type", "R1 type=scalar expected=map_ptr", "arg-type", /The first argument \(r1\) of the call is a plain number, but the helper expects a map/],
    ["arg-type", "R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_", "arg-type", /expects a pointer to memory/],
    ["unreachable", "unreachable insn 2", "unreachable", /No path/],
    ["cfg", "jump out of range from insn 1 to 7", "jump-range", /outside the program/],
    ["cfg", "last insn is not an exit or jmp", "fall-off", /past the last instruction/],
    ["infinite-loop", "infinite loop detected at insn 2", "infinite-loop", /same state/],
    ["too-complex", "BPF program is too large. Processed 1000001 insn", "too-complex", /million/],
    ["stack-access", "invalid write to stack R10 off=-520 size=8", "stack-bounds", /-512\.\.-1/],
    ["alu", "R1 pointer arithmetic with *= operator prohibited", "ptr-arith", /pointer/],
    ["ref-leak", "BPF_EXIT instruction in main prog would lead to reference leak", "ref-leak", /bpf_ringbuf_submit/],
    ["div-zero", "div by zero", "div-zero", /x \/ 0 = 0/],
    ["bad-shift", "invalid shift 64", "bad-shift", /0–63/],
    ["ret-range", "At program exit the register R0 has smin=0 smax=5 should have been in [0, 1]", "ret-range", /0 or 1/],
    ["fp-write", "frame pointer is read only", "fp-write", /r2 = r10/],
    ["bad-deref", "R0 invalid mem access 'sock_common_or_null'", "null-check", /socket lookup/],
    ["ref-leak", "Unreleased reference id=2 alloc_insn=7", "ref-leak", /bpf_sk_release/],
    ["release-unreferenced", "R1 must be referenced when passed to release function", "release-unreferenced", /skb->sk/],
    ["arg-type", "R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_", "arg-type", /expects a socket pointer/],
    ["sock-access", "R0 cannot write into sock", "sock-write", /never written/],
    ["sock-access", "R0 invalid sock_common access off=16 size=4", "sock-field", /offset 16 with 4 bytes/],
    ["sock-access", "verifier bug: error during ctx access conversion (0)", "sock-unconverted", /\(u64 \*\)/],
  ];
  for (const [code, message, id, says] of cases) {
    it(`${code}: ${message}`, () => {
      const e = explain(code, message);
      expect(e.id).toBe(id);
      expect(`${e.meaning} ${e.fix}`).toMatch(says);
    });
  }

  it("falls back to the code, then to a general explanation", () => {
    expect(explain("stack-size", "some new wording").id).toBe("stack-size");
    expect(explain("no-such-code", "something new").id).toBe("general");
  });
});
