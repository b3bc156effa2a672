// The synthetic memory an event's pointers point to: strings in user space (a process's stack
// and heap addresses) and kernel objects in the kernel's direct map, laid out by the one table of
// kernel structs (isa/kernel_structs.ts, which vmlinux.h is printed from), so that a program's
// BPF_CORE_READ(sk, __sk_common.skc_dport) reads exactly the bytes a field's offset names.

import { KERNEL_STRUCTS } from "../../isa/kernel_structs.ts";
import type { KernelStruct } from "../../isa/kernel_structs.ts";
import type { MemoryArea } from "./types.ts";
import { cString, le } from "./values.ts";

/** Where user strings go: near the top of a process's stack, as argv and path names are. */
export const USER_BASE = 0x7ffd_3a5c_0000n;
/** Where kernel objects go: the direct map (page_offset_base on x86-64 without KASLR). */
export const KERNEL_BASE = 0xffff_8880_0b40_0000n;

/** A struct being filled: its bytes, and where it will be. */
export class KStruct {
  readonly bytes: Uint8Array;
  constructor(
    readonly layout: KernelStruct,
    readonly addr: bigint,
  ) {
    this.bytes = new Uint8Array(layout.size);
  }

  /** Sets a field (`skc_dport`, or `__sk_common.skc_dport` through a nested struct) to an integer or bytes. */
  set(path: string, v: bigint | number | Uint8Array): this {
    const at = fieldAt(this.layout, path);
    const bytes = v instanceof Uint8Array ? v : le(BigInt(v), at.size);
    this.bytes.set(bytes.subarray(0, at.size), at.off);
    return this;
  }
}

export function struct(tag: string): KernelStruct {
  const s = KERNEL_STRUCTS.find((x) => x.tag === tag);
  if (!s) throw new Error(`internal: struct ${tag} is not in isa/kernel_structs.ts`);
  return s;
}

/** A field's offset and size, following `a.b` through embedded structs. */
export function fieldAt(s: KernelStruct, path: string): { off: number; size: number } {
  let off = 0;
  let cur: KernelStruct | undefined = s;
  let size = 0;
  for (const name of path.split(".")) {
    const f = cur?.fields.find((x) => x.name === name);
    if (!cur || !f) throw new Error(`internal: struct ${s.tag} has no field ${path}`);
    off += f.off;
    size = f.size;
    const inner = /^(?:const\s+)?struct\s+(\w+)\s+\w+$/.exec(f.decl);
    cur = inner ? KERNEL_STRUCTS.find((x) => x.tag === inner[1]) : undefined;
  }
  return { off, size };
}

/** Hands out addresses and collects the areas of one event. */
export class AddressSpace {
  private user = USER_BASE;
  private kernel = KERNEL_BASE;
  readonly areas: MemoryArea[] = [];
  private readonly structs: { s: KStruct; name: string }[] = [];

  /** Bytes in user space, 16-byte aligned, with a gap after so neighbours do not touch. */
  userBytes(bytes: Uint8Array, name: string): bigint {
    const addr = this.user;
    this.areas.push({ addr, bytes, space: "user", name });
    this.user = align(addr + BigInt(bytes.length) + 16n, 16n);
    return addr;
  }

  userString(s: string, name: string): bigint {
    return this.userBytes(cString(s), name);
  }

  kernelBytes(bytes: Uint8Array, name: string): bigint {
    const addr = this.kernel;
    this.areas.push({ addr, bytes, space: "kernel", name });
    this.kernel = align(addr + BigInt(bytes.length) + 64n, 64n);
    return addr;
  }

  kernelString(s: string, name: string): bigint {
    return this.kernelBytes(cString(s), name);
  }

  /** A kernel struct at a slab-like address (aligned to 64 bytes, or a page for large ones), or at `at`. */
  kernelStruct(tag: string, name = `struct ${tag}`, at?: bigint): KStruct {
    const layout = struct(tag);
    const addr = at ?? align(this.kernel, layout.size >= 2048 ? 4096n : 64n);
    const s = new KStruct(layout, addr);
    if (at === undefined) this.kernel = align(addr + BigInt(layout.size) + 64n, 64n);
    this.structs.push({ s, name });
    return s;
  }

  /** Every area, the structs' as they are now. */
  finish(): MemoryArea[] {
    return [...this.areas, ...this.structs.map(({ s, name }) => ({ addr: s.addr, bytes: s.bytes, space: "kernel" as const, name }))].sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
  }
}

const align = (v: bigint, a: bigint) => (v + a - 1n) & ~(a - 1n);
