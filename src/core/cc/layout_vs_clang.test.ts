// Struct layouts against clang-19 -target bpf: sizes, alignments and member offsets, and bitfield
// placement seen through the bytes of globals that set one bitfield to all ones.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "./parse.ts";
import { preprocess } from "./preprocess.ts";

const CLANG = "clang-19";
const READELF = "llvm-readelf-19";

/** Each struct with its named plain members (for offsetof) and bitfields (for the byte probes). */
const STRUCTS: Record<string, [decl: string, plain: string[], bits: string[]]> = {
  a: ["struct a { char c; int i; short s; };", ["c", "i", "s"], []],
  b: ["struct b { char c; long l; } __attribute__((packed));", ["c", "l"], []],
  c: ["struct c { unsigned a:3, b:30; unsigned char c:4; int :0; char d; };", ["d"], ["a", "b", "c"]],
  d: ["struct d { char c; int x __attribute__((aligned(16))); };", ["c", "x"], []],
  e: ["struct e { int n; char data[]; };", ["n", "data"], []],
  f: ["struct f { char a; struct { short b; char c; }; union { int d; char e[5]; }; };", ["a", "b", "c", "d", "e"], []],
  g: ["struct g { unsigned long long a:1; unsigned long long b:63; unsigned char c:7; unsigned short d:9; int e:17; };", [], ["a", "b", "c", "d", "e"]],
  h: ["struct h { char a; unsigned short b:4; unsigned short c:13; } __attribute__((packed));", ["a"], ["b", "c"]],
  i: ["struct i { int a[3][2]; char b[0]; long c; };", ["a", "b", "c"], []],
  j: ["union j { char a[3]; short b:3; int c:20; };", ["a"], ["b", "c"]],
  k: ["struct k { char a:1; char :0; char b:2; long :3; char c; };", ["c"], ["a", "b"]],
  l: ["struct l { struct a x[2]; union j y; char z; } __attribute__((aligned(8)));", ["x", "y", "z"], []],
  m: ["struct m { unsigned int a:4; unsigned char b; unsigned int c:28; unsigned short d:1; } __attribute__((packed));", ["b"], ["a", "c", "d"]],
  n: ["struct n { char c; struct { char d; } __attribute__((aligned(4))) e; };", ["c", "e"], []],
  o: ["struct o { _Bool a:1; _Bool b:1; int c:31; int d:2; };", [], ["c", "d"]],
  p: ["struct p { short a; struct { int b:5; int c:5; } s; unsigned long long d:40; unsigned e:20; };", ["a", "s"], ["d", "e"]],
  q: ["struct q { char a; unsigned char b:3; unsigned long c:61; };", ["a"], ["b", "c"]],
  r: ["struct r { unsigned char a; union { unsigned int b:12; unsigned short c; } u; char d[3][5]; };", ["a", "u", "d"], []],
  t: ["#pragma pack(push, 2)\nstruct t { char a; int b; long c; unsigned x:3, y:30; short z; };\n#pragma pack(pop)", ["a", "b", "c", "z"], ["x", "y"]],
  u: ["#pragma pack(1)\nstruct u { char a; short b:4; short c:13; int d; };\n#pragma pack()", ["a", "d"], ["b", "c"]],
  v: ["#pragma pack(push, 4)\nstruct v { char a; long b; struct a c; char d __attribute__((aligned(8))); };\n#pragma pack(pop)\nstruct v2 { char a; long b; };", ["a", "b", "c", "d"], []],
  s: ["struct s { char a; union { struct { unsigned char x:4, y:4; }; unsigned short z; }; long w; } __attribute__((packed));", ["a", "z", "w"], ["x", "y"]],
};

function source(): { text: string; probes: string[] } {
  let text = "#define offsetof(T, m) __builtin_offsetof(T, m)\n";
  const vals: string[] = [];
  const probes: string[] = [];
  for (const [name, [decl, plain, bits]] of Object.entries(STRUCTS)) {
    text += decl + "\n";
    const kind = decl.includes(`union ${name} `) ? "union" : "struct";
    const t = `${kind} ${name}`;
    vals.push(`sizeof(${t})`, `_Alignof(${t})`);
    for (const m of plain) vals.push(`offsetof(${t}, ${m})`);
    for (const m of bits) {
      const v = `bf_${name}_${m}`;
      probes.push(v);
      text += `${t} ${v} __attribute__((section(".bf.${name}.${m}"))) = { .${m} = -1 };\n`;
    }
  }
  text += `unsigned long offs[] __attribute__((section(".offs"))) = { ${vals.join(", ")} };\n`;
  return { text, probes: ["offs", ...probes] };
}

function clangSections(text: string): Map<string, number[]> | string {
  let dir: string | undefined;
  try {
    execFileSync(CLANG, ["--version"], { stdio: "ignore" });
    execFileSync(READELF, ["--version"], { stdio: "ignore" });
  } catch {
    return "clang-19 or llvm-readelf-19 not installed";
  }
  try {
    dir = mkdtempSync(join(tmpdir(), "layout-"));
    writeFileSync(join(dir, "l.c"), text);
    execFileSync(CLANG, ["-target", "bpf", "-O2", "-w", "-c", join(dir, "l.c"), "-o", join(dir, "l.o")]);
    const out = new Map<string, number[]>();
    const names = [...text.matchAll(/section\("([^"]+)"\)/g)].map((m) => m[1]);
    for (const sec of names) {
      const dump = execFileSync(READELF, ["-x", sec, join(dir, "l.o")], { encoding: "utf8" });
      const bytes: number[] = [];
      for (const line of dump.split("\n")) {
        const m = /^\s*0x[0-9a-f]+ ((?:[0-9a-f]{2,8} ?){1,4})/.exec(line);
        if (!m) continue;
        for (const word of m[1].trim().split(/\s+/)) for (let k = 0; k < word.length; k += 2) bytes.push(parseInt(word.slice(k, k + 2), 16));
      }
      out.set(sec, bytes);
    }
    return out;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Global initialisers: designators, brace elision, strings, nested aggregates, bitfields. */
const INITS = `
struct pt { char a; short b; unsigned f:4, g:4; long l; };
struct nest { int n; struct pt p[2]; char s[6]; union { int i; char c[3]; } u; };
struct pt i1 __attribute__((section(".i1"))) = { .b = -1, 1, 2 };
struct nest i2 __attribute__((section(".i2"))) = { 1, { { 2, 3, 4, 5, 6 }, [1].l = 7 }, "ab", .u.c = { 8, 9 } };
struct nest i3 __attribute__((section(".i3"))) = { .p[1].b = 5, 6, 7, .s = { 'x', [4] = 'y' }, 10 };
int i4[2][3] __attribute__((section(".i4"))) = { 1, 2, 3, { 4 }, };
char i5[] __attribute__((section(".i5"))) = "hello\\x41\\0end";
struct nest i6[] __attribute__((section(".i6"))) = { [1] = { .n = -2 }, { 3, .p = { [0].a = 4 } } };
unsigned long i7[] __attribute__((section(".i7"))) = { sizeof(struct nest), -1, 1ul << 63, (char)300, 'a' * 2, 7 / 2 + (3 > 2) };
struct { int a; int b[3]; char c; } i8 __attribute__((section(".i8"))) = { .b[1] = 9, 10, 11 };
unsigned i9[10] __attribute__((section(".i9"))) = { [0 ... 3] = 7, [2] = 1, [5 ... 9] = 9 };
struct pt i10[] __attribute__((section(".i10"))) = { [1 ... 2] = { .a = 1, .l = 2 }, [2].g = 3, 4 };
`;

describe("struct layout vs clang-19 -target bpf", () => {
  it("initialises globals byte for byte as clang does", () => {
    const ref = clangSections(INITS);
    if (typeof ref === "string") {
      if (process.env.CI === "true") throw new Error(ref);
      console.log(`SKIP: ${ref}`);
      return;
    }
    const pp = preprocess(INITS, { file: "i.c", builtinHeaders: {} });
    const r = parse(pp.tokens, { file: "i.c", pragmas: pp.pragmas });
    expect([...pp.diagnostics, ...r.diagnostics].filter((d) => d.severity === "error")).toEqual([]);
    const names = [...INITS.matchAll(/ (i\d+)(\[[^\]]*\])* __attribute__/g)].map((m) => m[1]);
    expect(names.length).toBe(10);
    for (const name of names) {
      const g = r.unit.globals.find((v) => v.name === name)!;
      expect({ name, bytes: [...g.init!] }).toEqual({ name, bytes: ref.get(`.${name}`) });
    }
  });

  const { text, probes } = source();
  const ref = clangSections(text);
  it("matches sizes, alignments, offsets and bitfield bytes", () => {
    if (typeof ref === "string") {
      if (process.env.CI === "true") throw new Error(ref);
      console.log(`SKIP: ${ref}`);
      return;
    }
    const pp = preprocess(text, { file: "l.c", builtinHeaders: {} });
    const r = parse(pp.tokens, { file: "l.c", pragmas: pp.pragmas });
    expect([...pp.diagnostics, ...r.diagnostics].filter((d) => d.severity === "error")).toEqual([]);
    const mine = new Map(r.unit.globals.map((g) => [g.name, g]));
    let compared = 0;
    for (const name of probes) {
      const g = mine.get(name)!;
      const sec = g.section!;
      expect({ name, bytes: [...g.init!] }).toEqual({ name, bytes: ref.get(sec) });
      compared++;
    }
    expect(compared).toBe(probes.length);
    expect(compared).toBeGreaterThan(20);
  });
});
