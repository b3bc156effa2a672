// A pointer field's value from what the user typed: a raw address (a number), NULL (null), or
// what it points to, built in the event's memory: a string, a list of strings (argv), or a struct
// (a sock, an sk_buff, a file, a sockaddr), chosen by the field's C type and name.

import type { AddressSpace } from "./memory.ts";
import { buildArgv, buildFile, buildFilename, buildSkb, buildSock, buildSockaddr, isObj } from "./objects.ts";
import type { FieldValue } from "./types.ts";
import { failed, readInt, utf8 } from "./values.ts";
import type { Read } from "./values.ts";

/** What a pointer field points to, for forms: how to type it. */
export type Pointee = "string" | "strings" | "sock" | "sk_buff" | "file" | "filename" | "sockaddr" | "bytes" | "address";

/** Names of tracepoint fields that hold a struct's address as `void *`. */
const VOID_NAMES: Readonly<Record<string, Pointee>> = { skaddr: "sock", rx_sk: "sock", skbaddr: "sk_buff" };

export function pointeeOf(type: string, name: string): Pointee {
  const t = type.replace(/\b(const|__user|volatile)\b/g, "").replace(/\s+/g, " ").trim();
  if (/^(unsigned )?char \* ?\*$|char \*\s*\*/.test(t)) return "strings";
  if (/^(unsigned )?char \*$/.test(t)) return "string";
  if (/^struct sock \*$/.test(t)) return "sock";
  if (/^struct sk_buff \*$/.test(t)) return "sk_buff";
  if (/^struct file \*$/.test(t)) return "file";
  if (/^struct filename \*$/.test(t)) return "filename";
  if (/^struct sockaddr \*$/.test(t)) return "sockaddr";
  if (/^void \*$/.test(t)) return VOID_NAMES[name] ?? "bytes";
  return "address";
}

/** The address a pointer field holds, building what it points to; user space for syscall arguments. */
export function pointerValue(mem: AddressSpace, type: string, name: string, v: FieldValue | undefined, user: boolean): Read<bigint> {
  if (v === undefined || v === null) return 0n;
  if (typeof v === "number" || (typeof v === "string" && /^(0x[0-9a-f]+|\d+)$/i.test(v.trim()))) return readInt(v, 8, false);
  const kind = pointeeOf(type, name);
  const where = user ? "user" : "kernel";
  switch (kind) {
    case "string":
    case "bytes":
    case "address":
      if (typeof v === "string") return user ? mem.userString(v, `${name} (user string)`) : mem.kernelString(v, `${name} (kernel string)`);
      if (Array.isArray(v) && kind !== "address") {
        const bytes = v.map((x) => readInt(x as FieldValue, 1, false));
        const bad = bytes.find(failed);
        if (bad) return bad;
        const b = Uint8Array.from(bytes as bigint[], Number);
        return user ? mem.userBytes(b, `${name} (user bytes)`) : mem.kernelBytes(b, `${name} (kernel bytes)`);
      }
      return { error: `${type.trim()}: a string, an address or null was expected` };
    case "strings":
      if (!Array.isArray(v)) return { error: "a list of strings was expected" };
      return buildArgv(mem, v, name);
    case "sock":
      return isObj(v) ? buildSock(mem, v, `struct sock (${name})`) : { error: "a sock object ({saddr, daddr, sport, dport, ...}), an address or null was expected" };
    case "sk_buff":
      return isObj(v) ? buildSkb(mem, v, `struct sk_buff (${name})`) : { error: "an sk_buff object ({len, protocol, sk, ...}), an address or null was expected" };
    case "file":
      return buildFile(mem, v, `struct file (${name})`);
    case "filename":
      return typeof v === "string" ? buildFilename(mem, v) : { error: "a path was expected" };
    case "sockaddr":
      return isObj(v) ? buildSockaddr(mem, v, where) : { error: "a sockaddr object ({family, addr, port}), an address or null was expected" };
  }
}

/** Bytes of a string typed for a `char *` field, for views. */
export const stringBytes = (s: string) => utf8(s);
