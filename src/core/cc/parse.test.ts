import { describe, expect, it } from "vitest";
import type { Expr, Stmt, Unit } from "./ast.ts";
import { spell } from "./check_types.ts";
import { parse } from "./parse.ts";
import { preprocess } from "./preprocess.ts";
import { isRecord } from "./types.ts";

function check(src: string) {
  const pp = preprocess(src, { file: "t.c", builtinHeaders: {} });
  const r = parse(pp.tokens, { file: "t.c", pragmas: pp.pragmas });
  return { unit: r.unit, diags: [...pp.diagnostics, ...r.diagnostics] };
}
const msgs = (src: string): string[] => check(src).diags.map((d) => `${d.span?.line}:${d.span?.column}: ${d.severity}: ${d.message}`);
function ok(src: string): Unit {
  const r = check(src);
  expect(r.diags.filter((d) => d.severity === "error").map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`)).toEqual([]);
  return r.unit;
}

/** A compact s-expression of a typed expression: conversions show as (cast T x). */
function show(e: Expr): string {
  const t = spell(e.type, false);
  switch (e.kind) {
    case "num": return `${e.value}:${t}`;
    case "var": return e.sym.name;
    case "func": return `fn ${e.sym.name}`;
    case "str": return JSON.stringify(String.fromCharCode(...e.bytes));
    case "cast": return `(cast ${t} ${show(e.arg)})`;
    case "unary": return `(${e.op} ${show(e.arg)})`;
    case "binary": return `(${e.op}:${spell(e.left.type, false)} ${show(e.left)} ${show(e.right)})`;
    case "ptradd": return `(ptr${e.sub ? "-" : "+"} ${show(e.ptr)} ${show(e.index)} *${e.scale})`;
    case "ptrdiff": return `(ptrdiff ${show(e.left)} ${show(e.right)} /${e.scale})`;
    case "logand": case "logor": return `(${e.kind} ${show(e.left)} ${show(e.right)})`;
    case "cond": return `(? ${show(e.cond)} ${show(e.then)} ${show(e.else)}):${t}`;
    case "comma": return `(, ${show(e.left)} ${show(e.right)})`;
    case "assign": return `(= ${show(e.target)} ${show(e.value)})`;
    case "opassign": return `(${e.op}= ${show(e.target)} ${show(e.value)} ${spell(e.opType, false)}${e.scale ? " *" + e.scale : ""})`;
    case "incdec": return `(${e.prefix ? "pre" : "post"}${e.delta > 0 ? "+" : ""}${e.delta} ${show(e.target)})`;
    case "deref": return `(* ${show(e.arg)})`;
    case "addr": return `(& ${show(e.arg)})`;
    case "member": return `(. ${show(e.base)} ${e.member.name}@${e.member.offset}${e.member.bitWidth !== undefined ? `:${e.member.bitOffset}+${e.member.bitWidth}` : ""})`;
    case "call": return `(call ${e.callee.kind === "func" ? e.callee.sym.name : e.callee.kind === "helper" ? `helper#${e.callee.id}` : e.callee.kind} ${e.args.map(show).join(" ")})`;
    case "builtin": return `(${e.name}${e.size !== undefined ? "#" + e.size : ""} ${e.args.map(show).join(" ")}):${t}`;
    case "stmtexpr": return `({${e.body.length}} ${e.result ? show(e.result) : ""})`;
    case "compound": return `(compound ${t})`;
  }
}

/** The checked expression `expr` in a function with the given declarations. */
function expr(decls: string, e: string): string {
  const u = ok(`${decls}\nvoid __t(void) { ${e}; }`);
  const body = u.funcs.find((f) => f.name === "__t")!.body as Extract<Stmt, { kind: "block" }>;
  const last = body.body[body.body.length - 1] as Extract<Stmt, { kind: "expr" }>;
  return show(last.expr);
}
const typeOf = (decls: string, e: string): string => {
  const u = ok(`${decls}\nvoid __t(void) { ${e}; }`);
  const body = u.funcs.find((f) => f.name === "__t")!.body as Extract<Stmt, { kind: "block" }>;
  return spell((body.body[body.body.length - 1] as Extract<Stmt, { kind: "expr" }>).expr.type);
};

describe("expressions: types and conversions", () => {
  const D = "char c; unsigned char uc; short s; int i; unsigned u; long l; unsigned long ul; _Bool b; int *p; char *cp; void *vp; int a[4]; struct S { int x; char y; } st, *sp; typedef unsigned int __u32; __u32 w;";
  it("promotes and converts arithmetic operands", () => {
    expect(expr(D, "c + uc")).toBe("(+:int (cast int c) (cast int uc))");
    expect(expr(D, "i + u")).toBe("(+:unsigned int (cast unsigned int i) u)");
    expect(expr(D, "u + l")).toBe("(+:long (cast long u) l)");
    expect(expr(D, "l + ul")).toBe("(+:unsigned long (cast unsigned long l) ul)");
    expect(expr(D, "i < u")).toBe("(<:unsigned int (cast unsigned int i) u)");
    expect(expr(D, "s << l")).toBe("(<<:int (cast int s) (cast int l))");
    expect(expr(D, "-uc")).toBe("(- (cast int uc))");
    expect(expr(D, "!p")).toBe("(! p)");
    expect(expr(D, "b = i")).toBe("(= b (cast _Bool i))");
    expect(expr(D, "c = 300")).toBe("(= c 44:char)");
    expect(expr(D, "w + 1")).toBe("(+:unsigned int w (cast unsigned int 1:int))".replace("(cast unsigned int 1:int)", "1:unsigned int"));
  });
  it("types literals as C does", () => {
    expect(expr(D, "2147483648")).toBe("2147483648:long");
    expect(expr(D, "0xffffffff")).toBe("4294967295:unsigned int");
    expect(expr(D, "'a'")).toBe("97:int");
    expect(expr(D, "sizeof(struct S)")).toBe("8:unsigned long");
    expect(expr(D, "sizeof st.y + _Alignof(long)")).toBe("(+:unsigned long 1:unsigned long 8:unsigned long)");
    expect(typeOf(D, '"abc"')).toBe("char[4]");
  });
  it("does pointer arithmetic with scales, decay and differences", () => {
    expect(expr(D, "p + 2")).toBe("(ptr+ p (cast long 2:int) *4)".replace("(cast long 2:int)", "2:long"));
    expect(expr(D, "1 + p")).toBe("(ptr+ p 1:long *4)");
    expect(expr(D, "vp - i")).toBe("(ptr- vp (cast long i) *1)");
    expect(expr(D, "p - p")).toBe("(ptrdiff p p /4)");
    expect(expr(D, "a[i]")).toBe("(* (ptr+ (& a) (cast long i) *4))");
    expect(expr(D, "i[a]")).toBe("(* (ptr+ (& a) (cast long i) *4))");
    expect(expr(D, "p += 3")).toBe("(+= p 3:long int * *4)");
    expect(expr(D, "p++")).toBe("(post+4 p)");
    expect(expr(D, "--cp")).toBe("(pre-1 cp)");
    expect(expr(D, "&a")).toBe("(& a)");
    expect(typeOf(D, "&a")).toBe("int (*)[4]");
    expect(typeOf(D, "&a[1]")).toBe("int *");
    expect(expr(D, "p == 0")).toBe("(==:int * p (cast int * 0:int))");
  });
  it("accesses members through pointers and anonymous members", () => {
    const S = "struct T { int a; union { struct { char b; int c; }; long d; }; unsigned e:3, f:5; } t, *tp;";
    expect(expr(S, "tp->c")).toBe("(. (* tp) c@12)");
    expect(expr(S, "t.d")).toBe("(. t d@8)");
    expect(expr(S, "t.f + 1")).toBe("(+:int (cast int (. t f@16:3+5)) 1:int)");
    expect(typeOf(S, "tp->a")).toBe("int");
  });
  it("gives ?: its C result type", () => {
    expect(expr(D, "i ? u : c")).toBe("(? i u (cast unsigned int (cast int c))):unsigned int");
    expect(expr(D, "i ? p : 0")).toBe("(? i p (cast int * 0:int)):int *");
    expect(expr(D, "i ? vp : p")).toBe("(? i vp (cast void * p)):void *");
  });
  it("makes compound assignment and comma explicit", () => {
    expect(expr(D, "c += i")).toBe("(+= c i int)");
    expect(expr(D, "u >>= c")).toBe("(>>= u (cast unsigned int (cast int c)) unsigned int)");
    expect(expr(D, "i = 1, u")).toBe("(, (= i 1:int) u)");
  });
  it("calls functions, helpers and builtins", () => {
    const F = "int f(int, char *); static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1; int m; struct S { int x; } st;";
    expect(expr(F, "f('a', 0)")).toBe("(call f 97:int (cast char * 0:int))");
    expect(expr(F, "bpf_map_lookup_elem(&m, &m)")).toBe("(call helper#1 (cast void * (& m)) (cast const void * (& m)))");
    expect(expr(F, "__builtin_memcpy(&st, &m, sizeof(m))")).toBe("(memcpy#4 (cast void * (& st)) (cast const void * (& m)) 4:unsigned long):void *");
    expect(expr(F, "__sync_fetch_and_add(&m, 1)")).toBe("(atomic_fetch_add (& m) 1:int):int");
    expect(expr(F, "__builtin_bswap16(m)")).toBe("(bswap16 (cast unsigned short m)):unsigned short");
    expect(expr(F, "__builtin_constant_p(3) + __builtin_constant_p(m)")).toBe("(+:int 1:int 0:int)");
    expect(expr(F, "__builtin_offsetof(struct S, x)")).toBe("0:unsigned long");
    expect(expr(F, "({ int z = 2; z + 1; })")).toBe("({1} (+:int z 1:int))");
  });
});

describe("declarations and layout", () => {
  const layout = (src: string, tag: string) => {
    const u = ok(`${src}\nstruct ${tag} __v;`);
    const t = u.globals.find((g) => g.name === "__v")!.type;
    if (!isRecord(t)) throw new Error(`__v is not a struct: ${t.kind}`);
    return { size: t.def.size, align: t.def.align, members: t.def.members.map((m) => `${m.name ?? "?"}@${m.offset}${m.bitWidth !== undefined ? `:${m.bitOffset}+${m.bitWidth}` : ""}`) };
  };
  it("gives each bitfield a unit that holds it and stays within the record", () => {
    const units = (src: string, tag: string) => {
      const u = ok(`${src}\nstruct ${tag} __v;`);
      const t = u.globals.find((g) => g.name === "__v")!.type;
      if (!isRecord(t)) throw new Error(`__v is not a struct: ${t.kind}`);
      return t.def.members.filter((m) => m.bitWidth !== undefined).map((m) => `${m.name}@${m.offset}:${m.bitOffset}+${m.bitWidth}/${m.unitSize}`);
    };
    // Natural units where they fit: the type's size.
    expect(units("struct n { unsigned a:3, b:30; unsigned char c:4; };", "n")).toEqual(["a@0:0+3/4", "b@4:0+30/4", "c@8:0+4/1"]);
    // `short c:13` at bit 12 of a packed struct crosses a short: bytes 1..3.
    expect(units("struct h { char a; unsigned short b:4; unsigned short c:13; } __attribute__((packed));", "h")).toEqual(["b@0:8+4/2", "c@1:4+13/3"]);
    // A type-sized unit would run past a packed record's end (size 2): the bytes the bits touch.
    expect(units("struct q { char a; int b:3; } __attribute__((packed));", "q")).toEqual(["b@1:0+3/1"]);
    // A 64-bit field starting mid-byte touches 9 bytes.
    expect(units("struct w { char a:4; unsigned long b:64; } __attribute__((packed));", "w")).toEqual(["a@0:0+4/1", "b@0:4+64/9"]);
  });
  it("lays out structs, bitfields, packed and aligned", () => {
    expect(layout("struct a { char c; int i; short s; };", "a")).toEqual({ size: 12, align: 4, members: ["c@0", "i@4", "s@8"] });
    expect(layout("struct b { char c; long l; } __attribute__((packed));", "b")).toEqual({ size: 9, align: 1, members: ["c@0", "l@1"] });
    expect(layout("struct c { unsigned a:3, b:30; unsigned char c:4; int :0; char d; };", "c")).toEqual({ size: 16, align: 4, members: ["a@0:0+3", "b@4:0+30", "c@8:0+4", "d@12"] });
    expect(layout("struct d { char c; int x __attribute__((aligned(16))); };", "d")).toEqual({ size: 32, align: 16, members: ["c@0", "x@16"] });
    expect(layout("struct e { int n; char data[]; };", "e")).toEqual({ size: 4, align: 4, members: ["n@0", "data@4"] });
    expect(layout("struct f { char a; struct { short b; char c; }; union { int d; char e[5]; }; };", "f")).toEqual({ size: 16, align: 4, members: ["a@0", "?@2", "?@8"] });
  });
  it("declares with every declarator form", () => {
    const u = ok(`
      int (*fp)(int, char);
      int *ap[3];
      int (*pa)[3];
      int (*(*fpp)(void))[2];
      typedef int (*handler_t)(void *ctx);
      handler_t h;
      const volatile unsigned long long cvl = 5;
      static __int128 big;
      enum E { A, B = 5, C } e;
      enum Big { X = 0x100000000 } eb;
      __typeof__(e) e2;
      _Static_assert(sizeof(struct { int a; }) == 4, "size");
    `);
    const ty = (n: string) => spell(u.globals.find((g) => g.name === n)!.type);
    expect(ty("fp")).toBe("int (*)(int, char)");
    expect(ty("ap")).toBe("int *[3]");
    expect(ty("pa")).toBe("int (*)[3]");
    expect(ty("fpp")).toBe("int (*(*)(void))[2]");
    expect(ty("h")).toBe("handler_t");
    expect(ty("cvl")).toBe("const volatile unsigned long long");
    expect(ty("big")).toBe("__int128");
    expect(ty("eb")).toBe("enum Big");
    expect(ty("e2")).toBe("enum E");
    expect(u.globals.find((g) => g.name === "eb")!.type).toMatchObject({ size: 8 });
  });
  it("places globals in sections with their bytes", () => {
    const u = ok(`
      #define SEC(n) __attribute__((section(n), used))
      struct { int (*type)[2]; } m SEC(".maps");
      const volatile int ro = 7;
      int data = 0x01020304;
      int zero = 0;
      int none;
      char LICENSE[] SEC("license") = "GPL";
      struct P { char a; short b; unsigned f:4, g:4; } pt = { .b = -1, 1, 2 };
      int arr[] = { [2] = 5, 6 };
      void f(void) { static int calls = 3; calls++; }
    `);
    const g = Object.fromEntries(u.globals.map((v) => [v.name, v]));
    expect(Object.values(g).map((v) => [v.name, v.section])).toEqual([
      ["m", ".maps"], ["ro", ".rodata"], ["data", ".data"], ["zero", ".bss"], ["none", ".bss"], ["LICENSE", "license"], ["pt", ".data"], ["arr", ".data"], ["f.calls", ".data"],
    ]);
    expect([...g.data.init!]).toEqual([4, 3, 2, 1]);
    expect([...g.LICENSE.init!]).toEqual([71, 80, 76, 0]);
    expect([...g.pt.init!]).toEqual([0, 0, 255, 255, 0x21, 0, 0, 0]);
    expect([...g.arr.init!]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 6, 0, 0, 0]);
  });
  it("builds local initialisers with zero fill", () => {
    const u = ok(`struct S { int a; int b[3]; char c; }; void f(int x) { struct S s = { .b[1] = x, 2, 3 }; char str[6] = "hi"; int whole[2] = { 1, 2 }; }`);
    const body = (u.funcs[0].body as Extract<Stmt, { kind: "block" }>).body as Extract<Stmt, { kind: "decl" }>[];
    expect(body[0].init!.zero).toBe(true);
    expect(body[0].init!.stores.map((s) => `${s.offset}:${show(s.value)}`)).toEqual(["8:x", "12:2:int", "16:3:char"]);
    expect(body[1].init!.stores.map((s) => `${s.offset}:${show(s.value)}`)).toEqual(["0:26984:unsigned int", "4:0:unsigned short"]);
    expect(body[2].init).toMatchObject({ zero: false });
    expect(u.funcs[0].locals.map((l) => [l.name, l.addressTaken])).toEqual([["s", true], ["str", true], ["whole", true]]);
  });
  it("keeps function attributes, sections and #pragma unroll", () => {
    const u = ok(`
      #define SEC(n) __attribute__((section(n), used))
      static __attribute__((always_inline)) inline int add(int a, int b) { return a + b; }
      static __attribute__((noinline)) int sub(int a, int b) { return a - b; }
      extern int bpf_kfunc(int) __attribute__((section(".ksyms")));
      SEC("xdp") int prog(void *ctx) {
        int s = 0;
        #pragma unroll
        for (int i = 0; i < 4; i++) s = add(s, i);
        return sub(s, bpf_kfunc(1));
      }
    `);
    const f = Object.fromEntries(u.funcs.map((x) => [x.name, x]));
    expect([f.add.inline, f.sub.inline, f.prog.section, f.add.isStatic]).toEqual(["always", "never", "xdp", true]);
    const body = (f.prog.body as Extract<Stmt, { kind: "block" }>).body;
    expect(body[1]).toMatchObject({ kind: "for", unroll: true });
    const ret = body[2] as Extract<Stmt, { kind: "return" }>;
    expect(show(ret.value!)).toBe("(call sub s (call kfunc 1:int))");
  });
  it("collects switch cases and labels", () => {
    const u = ok(`int f(int x) { switch (x) { case 1: case 'a': return 1; default: break; case 3: goto out; } out: return 0; }`);
    const sw = ((u.funcs[0].body as Extract<Stmt, { kind: "block" }>).body[0]) as Extract<Stmt, { kind: "switch" }>;
    expect(sw.cases.map((c) => c.value)).toEqual([1n, 97n, 3n]);
    expect(sw.default).toBeDefined();
  });
});

describe("diagnostics in clang's words", () => {
  it("reports undeclared names, syntax errors and recovers", () => {
    expect(
      msgs(`int f(void) {
  x = 1;
  int y = 2
  return y;
}
int g(void) { return undefined_fn(1); }
foo_t z;
void h(void) { bar_t *q = 0; }
void k(void) { bar_t q; }`),
    ).toEqual([
      "2:3: error: use of undeclared identifier 'x'",
      "3:12: error: expected ';' at end of declaration",
      "6:22: error: call to undeclared function 'undefined_fn'; ISO C99 and later do not support implicit function declarations",
      "7:1: error: unknown type name 'foo_t'",
      "8:16: error: use of undeclared identifier 'bar_t'",
      "8:23: error: use of undeclared identifier 'q'",
      "9:16: error: use of undeclared identifier 'bar_t'",
    ]);
  });
  it("reports type errors at clang's places", () => {
    expect(
      msgs(`struct foo { int a; };
int g(int a, int b);
void f(void) {
  int *p = 1;
  char *c = p;
  int x = p;
  struct foo s = 3;
  x = s;
  g(1, 2, 3);
  x();
  s.b = 1;
  x.a = 2;
  break;
  const char *cc = "a"; char *d = cc;
  typedef unsigned int __u32; __u32 u; u->x;
  g(1);
  typedef unsigned long long __u64; const __u64 q = 0; int *ip = &q;
}`),
    ).toEqual([
      "4:8: error: incompatible integer to pointer conversion initializing 'int *' with an expression of type 'int'",
      "5:9: warning: incompatible pointer types initializing 'char *' with an expression of type 'int *'",
      "6:7: error: incompatible pointer to integer conversion initializing 'int' with an expression of type 'int *'; dereference with *",
      "7:14: error: initializing 'struct foo' with an expression of incompatible type 'int'",
      "8:5: error: assigning to 'int' from incompatible type 'struct foo'",
      "9:11: error: too many arguments to function call, expected 2, have 3",
      "10:4: error: called object type 'int' is not a function or function pointer",
      "11:5: error: no member named 'b' in 'struct foo'",
      "12:4: error: member reference base type 'int' is not a structure or union",
      "13:3: error: 'break' statement not in loop or switch statement",
      "14:31: warning: initializing 'char *' with an expression of type 'const char *' discards qualifiers",
      "15:43: error: member reference type '__u32' (aka 'unsigned int') is not a pointer",
      "16:6: error: too few arguments to function call, expected 2, have 1",
      "17:61: warning: incompatible pointer types initializing 'int *' with an expression of type 'const __u64 *' (aka 'const unsigned long long *')",
    ]);
  });
  it("refuses what BPF cannot do, located", () => {
    expect(
      msgs(`int v(int n, ...) { return n; }
int f(int n) {
  double d = 1.5;
  int arr[n];
  asm volatile("r0 = 0");
  asm volatile("" ::: "memory");
  asm volatile("" : "=r"(n) : "0"(n));
  return n;
}
static void unused_helper(void) { asm volatile("nop"); }
static int maybe_inlined(int n, ...) { return n; }
void g(void) { __builtin_memcpy(&g, &g, g); }`),
    ).toEqual([
      "1:5: error: variadic functions are not supported in BPF programs",
      "3:10: error: floating point is not supported by the BPF target",
      "3:14: error: floating point is not supported by the BPF target",
      "4:11: error: variable length arrays are not supported in BPF programs",
      "5:3: error: inline assembly is not supported in BPF programs",
      "12:16: error: A call to built-in function 'memcpy' is not supported.",
    ]);
  });
  it("__typeof_unqual__ drops const/volatile, also on array elements; typeof_unqual is a name before C23", () => {
    expect(
      msgs(`int f(void) {
  const volatile int a[2] = {1, 2};
  __typeof_unqual__(a) b;
  b[0] = 1;
  __typeof_unqual(a[0]) c = 2;
  c = 3;
  int typeof_unqual = 1;
  __typeof__(a[0]) d = 4;
  d = 5;
  return b[0] + c + typeof_unqual;
}`),
    ).toEqual(["9:5: error: cannot assign to variable 'd' with const-qualified type 'const volatile int'"]);
  });
  it("takes memset/memcpy declared as <string.h> does as the builtins", () => {
    expect(
      msgs(`void *memset(void *s, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n);
int f(int n) {
  char a[8], b[8];
  memset(a, 0, sizeof(a));
  memcpy(b, a, sizeof(b));
  memcpy(b, a, n);
  return b[1];
}`),
    ).toEqual(["7:3: error: A call to built-in function 'memcpy' is not supported."]);
    expect(msgs(`static void unused(char *d, int n) { __builtin_memcpy(d, d + 8, n); }\nint f(void) { return 0; }`)).toEqual([]);
  });
  it("folds extern __kconfig values as libbpf fills them; unknown strong ones and __ksym variables are errors", () => {
    expect(
      msgs(`extern int LINUX_KERNEL_VERSION __attribute__((section(".kconfig")));
extern _Bool CONFIG_FOO __attribute__((section(".kconfig"), weak));
extern int CONFIG_BAR __attribute__((section(".kconfig")));
extern const int active __attribute__((section(".ksyms")));
_Static_assert(LINUX_KERNEL_VERSION == 0x061200, "6.18");
int f(void) { return CONFIG_FOO + CONFIG_BAR + active; }`),
    ).toEqual([
      "6:35: error: kconfig 'CONFIG_BAR' is not known to bpfplay (it knows LINUX_HAS_SYSCALL_WRAPPER, LINUX_HAS_BPF_COOKIE, LINUX_KERNEL_VERSION, CONFIG_BPF_SYSCALL, CONFIG_BPF_JIT, CONFIG_BPF_EVENTS, CONFIG_NET, CONFIG_CGROUPS, CONFIG_64BIT, CONFIG_X86_64, CONFIG_HZ); declare it __weak to read 0",
      "6:48: error: kernel variable 'active' (__ksym) needs the kernel's BTF, which bpfplay does not have",
    ]);
  });
  it("folds __builtin_bswap of constants; parses a parenthesised parameter name", () => {
    expect(
      msgs(`int f(int x, _Bool (less)(int a, int b)) {
  _Static_assert(__builtin_bswap16(0x0800) == 8 && __builtin_bswap32(0x11223344) == 0x44332211, "bswap");
  switch (x) { case __builtin_bswap16(0x86DD): return 1; }
  return less(x, 2);
}`),
    ).toEqual([]);
  });
  it("folds floating constants converted to integers; other floating uses stay errors", () => {
    expect(
      msgs(`unsigned long long g(unsigned long long n) { return n; }
int f(void) {
  unsigned long long limit = 10E9;
  int x = (int)2.5e3 + g(1.5);
  _Bool b = 0.5;
  return x + limit + b + 1.5 * 2;
}`),
    ).toEqual(["6:26: error: floating point is not supported by the BPF target"]);
  });
  it("reports inline asm only in functions reachable from an emitted one", () => {
    expect(
      msgs(`static unsigned swab(unsigned v) { asm("bswapl %0" : "=r"(v) : "0"(v)); return v; }
static unsigned unused_caller(unsigned x) { return swab(x); }
static unsigned sw2(unsigned v) { asm("bswapl %0" : "=r"(v) : "0"(v)); return v; }
static unsigned used_caller(unsigned x) { return sw2(x); }
int prog(void) { return used_caller(1); }`),
    ).toEqual(["3:35: error: inline assembly is not supported in BPF programs"]);
  });
  it("checks redefinitions, duplicate cases, labels, continue", () => {
    expect(
      msgs(`int a = 1; int a = 2;
struct s { int x; }; struct s { int y; };
int f(int x) {
  switch (x) { case 1: case 1: break; }
  continue;
  goto nowhere;
  return;
}`),
    ).toEqual([
      "1:16: error: redefinition of 'a'",
      "2:29: error: redefinition of 's'",
      "4:29: error: duplicate case value '1'",
      "5:3: error: 'continue' statement not in loop statement",
      "7:3: error: non-void function 'f' should return a value",
      "6:8: error: use of undeclared label 'nowhere'",
    ]);
  });
});

describe("GNU extensions", () => {
  it("expands case ranges to one label per value", () => {
    const u = ok(`int f(int x) { switch (x) { case 'a' ... 'c': return 1; case 5: return 2; } return 0; }`);
    const sw = (u.funcs[0].body as Extract<Stmt, { kind: "block" }>).body[0] as Extract<Stmt, { kind: "switch" }>;
    expect(sw.cases.map((c) => c.value)).toEqual([97n, 98n, 99n, 5n]);
    expect(msgs(`int f(int x) { switch (x) { case 1 ... 3: case 2: return 1; } return 0; }`)).toEqual(["1:48: error: duplicate case value '2'"]);
  });
  it("folds bit-count builtins of constants and expands the others", () => {
    expect(expr("unsigned x;", "__builtin_popcount(0xf0f0) + __builtin_ctz(8) + __builtin_clzll(1) + __builtin_ffs(0) + __builtin_parity(7)")).toBe(
      "(+:int (+:int (+:int (+:int 8:int 3:int) 63:int) 0:int) 1:int)",
    );
    expect(expr("unsigned x;", "__builtin_popcount(x)")).toMatch(/^\(\{4\} \(cast int \(>>:unsigned int \(\*:unsigned int/);
  });
});

describe("function pointers at file scope", () => {
  it("keeps a null one as a global and refuses a function's address", () => {
    const u = ok(`int (*fp)(void) = 0; static long (*helper)(int) = (void *) 5;`);
    expect(u.globals.map((g) => [g.name, g.section, g.init?.length])).toEqual([["fp", ".bss", 8]]);
    expect(msgs(`int f(void); int (*fp)(void) = &f;`)).toEqual(["1:32: error: a global function pointer initialised with a function's address is not supported"]);
  });
});

describe("nested records", () => {
  it("a tagged struct inside a struct declares nothing", () => {
    expect(msgs(`struct o { struct i { int a; }; int b; };\n_Static_assert(sizeof(struct o) == 4, "");`)).toEqual(["1:12: warning: declaration does not declare anything"]);
  });
});

describe("syntax error places", () => {
  it("puts missing brackets at the token found and a missing ';' after the previous token", () => {
    expect(msgs("int g(int);\nint f(int x) {\n  g(1;\n  int a[3;\n  if (x { }\n  x = (1 + 2;\n  return x\n}\n")).toEqual([
      "3:6: error: expected ')'",
      "4:10: error: expected ']'",
      "5:9: error: expected ')'",
      "6:13: error: expected ')'",
      "7:11: error: expected ';' after return statement",
    ]);
  });
});

describe("unnamed types in messages", () => {
  it("names them by place, as clang does", () => {
    expect(msgs("struct { int a; } s;\nunion { int a; } u;\nenum { A } e;\nvoid f(void) { s.b = 1; u.z = 2; int *p = &s; int *q = &e; }\n")).toEqual([
      "4:18: error: no member named 'b' in 'struct (unnamed at t.c:1:1)'",
      "4:27: error: no member named 'z' in 'union (unnamed at t.c:2:1)'",
      "4:39: warning: incompatible pointer types initializing 'int *' with an expression of type 'struct (unnamed struct at t.c:1:1) *'",
      "4:52: warning: incompatible pointer types initializing 'int *' with an expression of type 'enum (unnamed enum at t.c:3:1) *'",
    ]);
  });
});

describe("a beginner's mistakes", () => {
  it("get clang's messages at clang's places", () => {
    const src = `struct iphdr;
struct data { int x; };
int f(struct iphdr *ip, void *end, struct data *d) {
  if (ip + 1 > end) return 0;
  int a = ip->saddr;
  struct iphdr local;
  d.x = 1;
  d->y = 2;
  int arr[3];
  arr = 0;
  f(1, 2);
  unsigned char *p = end;
  p->x = 1;
  return *d;
}`;
    expect(msgs(src)).toEqual([
      "4:10: error: arithmetic on a pointer to an incomplete type 'struct iphdr'",
      "5:13: error: incomplete definition of type 'struct iphdr'",
      "6:16: error: variable has incomplete type 'struct iphdr'",
      "7:4: error: member reference type 'struct data *' is a pointer; did you mean to use '->'?",
      "8:6: error: no member named 'y' in 'struct data'",
      "10:7: error: array type 'int[3]' is not assignable",
      "11:9: error: too few arguments to function call, expected 3, have 2",
      "13:4: error: member reference base type 'unsigned char' is not a structure or union",
      "14:10: error: returning 'struct data' from a function with incompatible result type 'int'",
    ]);
  });
});

describe("more of clang's wording", () => {
  it("names array types before decay and puts statement errors at the keyword", () => {
    const src = `typedef unsigned int u32;
int g(int *p);
int f(u32 x, const int *cp) {
  long l = "str";
  g(cp);
  int *q = x ? cp : 0;
  x = -;
  switch (cp) { }
  for (int i = 0; i < 3; i++) continue
  return 0;
}`;
    expect(msgs(src)).toEqual([
      "4:8: error: incompatible pointer to integer conversion initializing 'long' with an expression of type 'char[4]'",
      "5:5: warning: passing 'const int *' to parameter of type 'int *' discards qualifiers",
      "6:8: warning: initializing 'int *' with an expression of type 'const int *' discards qualifiers",
      "7:8: error: expected expression",
      "8:3: error: statement requires expression of integer type ('const int *' invalid)",
      "9:39: error: expected ';' after continue statement",
    ]);
  });
});

describe("operators misused", () => {
  it("are reported as clang reports them", () => {
    const src = `struct a { int x; };
struct b;
void f(int *p, char *c, struct a s) {
  int r = p == c;
  r = p < 5;
  r = s + 1;
  r = !s;
  r = sizeof(struct b);
  r = *r;
  r = &5;
  r++ = 3;
  p = -p;
  const int k = 1; k = 2;
  r = p ? 1 : s;
}`;
    expect(msgs(src)).toEqual([
      "4:13: warning: comparison of distinct pointer types ('int *' and 'char *')",
      "5:9: warning: ordered comparison between pointer and integer ('int *' and 'int')",
      "6:9: error: invalid operands to binary expression ('struct a' and 'int')",
      "7:7: error: invalid argument type 'struct a' to unary expression",
      "8:7: error: invalid application of 'sizeof' to an incomplete type 'struct b'",
      "9:7: error: indirection requires pointer operand ('int' invalid)",
      "10:7: error: cannot take the address of an rvalue of type 'int'",
      "11:7: error: expression is not assignable",
      "12:7: error: invalid argument type 'int *' to unary expression",
      "13:22: error: cannot assign to variable 'k' with const-qualified type 'const int'",
      "14:9: error: incompatible operand types ('int' and 'struct a')",
    ]);
  });
});
