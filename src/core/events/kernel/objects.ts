// The kernel objects an event's pointers may name, built from what the user typed: a socket from
// its addresses and ports, a socket buffer, a file from its path, a struct filename, a sockaddr.
// Each reads the keys it knows from an object and refuses the others (a typo is an error, not a
// silently zero field).

import { AddressSpace } from "./memory.ts";
import { objectField, objectKeys } from "./object_fields.ts";
import type { ObjectKind } from "./object_fields.ts";
import type { FieldValue } from "./types.ts";
import { failed, readAddr, readChars, readInt, utf8 } from "./values.ts";
import type { Read } from "./values.ts";

type Obj = { readonly [k: string]: FieldValue };
export const isObj = (v: FieldValue | undefined): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const AF_INET = 2;
const AF_INET6 = 10;

/** Checks that an object has only known keys. */
function only(o: Obj, keys: readonly string[], what: string): string | undefined {
  const bad = Object.keys(o).filter((k) => !keys.includes(k));
  return bad.length ? `${what} has no field ${bad.map((k) => `'${k}'`).join(", ")} (it takes ${keys.join(", ")})` : undefined;
}

/** An integer member as the object's table (object_fields.ts) sizes it, its default when absent. */
function intOf(o: Obj, kind: ObjectKind, name: string): Read<bigint> {
  const f = objectField(kind, name);
  const v = readInt(o[name] ?? f.default, f.size ?? 8, f.signed ?? false);
  return failed(v) ? { error: `${name}: ${v.error}` } : v;
}

const be16 = (v: bigint) => Uint8Array.from([Number((v >> 8n) & 0xffn), Number(v & 0xffn)]);

function family(o: Obj): Read<bigint> {
  if (o.family !== undefined) return readInt(o.family, 2, false);
  const v6 = [o.saddr, o.daddr, o.addr].some((a) => typeof a === "string" && a.includes(":"));
  return BigInt(v6 ? AF_INET6 : AF_INET);
}

export const SOCK_KEYS = objectKeys("sock");

/**
 * struct sock: saddr/daddr (IPv4 or IPv6 text), sport (the local port, host order: skc_num) and
 * dport (the remote port; skc_dport keeps it in network byte order, as the kernel does).
 */
export function buildSock(mem: AddressSpace, o: Obj, name = "struct sock"): Read<bigint> {
  const bad = only(o, SOCK_KEYS, "a sock");
  if (bad) return { error: bad };
  const fam = family(o);
  if (failed(fam)) return { error: `family: ${fam.error}` };
  const sk = mem.kernelStruct("sock", name);
  const six = fam === BigInt(AF_INET6);
  for (const [key, v4, v6] of [["saddr", "__sk_common.skc_rcv_saddr", "__sk_common.skc_v6_rcv_saddr"], ["daddr", "__sk_common.skc_daddr", "__sk_common.skc_v6_daddr"]] as const) {
    const a = readAddr(o[key], six ? 16 : 4);
    if (failed(a)) return { error: `${key}: ${a.error}` };
    sk.set(six ? v6 : v4, a);
  }
  // left out: an established TCP stream socket (the table's defaults)
  const ints: [string, (v: bigint) => void][] = [
    ["sport", (v) => sk.set("__sk_common.skc_num", v)],
    ["dport", (v) => sk.set("__sk_common.skc_dport", be16(v))],
    ["state", (v) => sk.set("__sk_common.skc_state", v)],
    ["protocol", (v) => sk.set("sk_protocol", v)],
    ["type", (v) => sk.set("sk_type", v)],
    ["mark", (v) => sk.set("sk_mark", v)],
    ["priority", (v) => sk.set("sk_priority", v)],
    ["bound_dev_if", (v) => sk.set("__sk_common.skc_bound_dev_if", v)],
  ];
  for (const [key, put] of ints) {
    const v = intOf(o, "sock", key);
    if (failed(v)) return v;
    put(v);
  }
  sk.set("__sk_common.skc_family", fam);
  sk.set("sk_rcvbuf", 131072).set("sk_sndbuf", 16384);
  return sk.addr;
}

export const SKB_KEYS = objectKeys("sk_buff");

/** struct sk_buff: len, protocol (host order; kept big-endian), mark, the device by name and the socket. */
export function buildSkb(mem: AddressSpace, o: Obj, name = "struct sk_buff"): Read<bigint> {
  const bad = only(o, SKB_KEYS, "an sk_buff");
  if (bad) return { error: bad };
  const skb = mem.kernelStruct("sk_buff", name);
  if (isObj(o.sk)) {
    const sk = buildSock(mem, o.sk, "struct sock (skb->sk)");
    if (failed(sk)) return { error: `sk: ${sk.error}` };
    skb.set("sk", sk);
  }
  let data: Uint8Array = new Uint8Array(0);
  if (typeof o.data === "string") {
    const hex = o.data.replace(/\s+/g, "");
    if (!/^([0-9a-f]{2})*$/i.test(hex)) return { error: "data: hex bytes were expected" };
    data = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
  }
  const devField = objectField("sk_buff", "dev");
  const dev = typeof o.dev === "string" ? o.dev : String(devField.default);
  // IFNAMSIZ is 16 with the NUL: a longer name is refused, not cut
  if (utf8(dev).length > devField.size!) return { error: `dev: at most ${devField.size} bytes (the kernel keeps ${devField.size! + 1} with the NUL)` };
  const ifindex = intOf(o, "sk_buff", "ifindex");
  if (failed(ifindex)) return ifindex;
  const nd = mem.kernelStruct("net_device", `struct net_device (${dev})`);
  nd.set("name", readCharsOk(dev, 16)).set("ifindex", ifindex).set("mtu", 1500);
  skb.set("dev", nd.addr).set("skb_iif", ifindex);
  for (const key of ["mark", "priority", "hash", "queue_mapping"]) {
    const v = intOf(o, "sk_buff", key);
    if (failed(v)) return v;
    skb.set(key, v);
  }
  const proto = intOf(o, "sk_buff", "protocol");
  if (failed(proto)) return proto;
  skb.set("protocol", be16(proto));
  const len = intOf({ ...o, len: o.len ?? (data.length || 60) }, "sk_buff", "len");
  if (failed(len)) return len;
  skb.set("len", len).set("truesize", 768);
  // the packet as the stack holds it past the link layer: head, then data at the network header
  const head = mem.kernelBytes(data.length ? data : new Uint8Array(Number(len)), "packet (skb->head)");
  skb.set("head", head).set("data", head).set("mac_header", 0).set("network_header", 14).set("transport_header", 34).set("mac_len", 14);
  skb.set("tail", data.length || Number(len)).set("end", (data.length || Number(len)) + 64);
  return skb.addr;
}

const readCharsOk = (s: string, n: number) => {
  const b = readChars(s, n);
  return failed(b) ? new Uint8Array(n) : b;
};

export const FILE_KEYS = objectKeys("file");

/**
 * struct file for a path: f_path.dentry names its last component, whose d_parent chain names the
 * others up to "/" (whose parent is itself, as the root dentry's is); f_inode holds ino and size.
 */
export function buildFile(mem: AddressSpace, v: FieldValue, name = "struct file"): Read<bigint> {
  const o: Obj = typeof v === "string" ? { path: v } : isObj(v) ? v : {};
  if (!isObj(v) && typeof v !== "string") return { error: "a path or a file object was expected" };
  const bad = only(o, FILE_KEYS, "a file");
  if (bad) return { error: bad };
  const path = typeof o.path === "string" ? o.path : String(objectField("file", "path").default);
  const file = mem.kernelStruct("file", `${name} (${path})`);
  const dentry = dentryChain(mem, path);
  const mnt = mem.kernelStruct("vfsmount", "struct vfsmount (/)");
  const inode = mem.kernelStruct("inode", `struct inode (${path})`);
  // by default O_LARGEFILE (as open() on 64-bit sets it) and a regular file, rw-r--r--
  const [ino, size, flags, mode, pos] = (["ino", "size", "flags", "mode", "pos"] as const).map((k) => intOf(o, "file", k));
  for (const x of [ino, size, flags, mode, pos]) if (failed(x)) return x;
  inode.set("i_ino", ino as bigint).set("i_size", size as bigint).set("i_mode", mode as bigint);
  file.set("f_path.dentry", dentry).set("f_path.mnt", mnt.addr).set("f_inode", inode.addr).set("f_flags", flags as bigint).set("f_pos", pos as bigint).set("f_mode", 0x1d); // FMODE_READ|LSEEK|PREAD|ATOMIC_POS
  return file.addr;
}

function dentryChain(mem: AddressSpace, path: string): bigint {
  const parts = path.split("/").filter(Boolean);
  const root = mem.kernelStruct("dentry", "struct dentry (/)");
  root.set("d_parent", root.addr).set("d_name.name", mem.kernelString("/", "d_name (/)")).set("d_name.len", 1);
  let parent = root.addr;
  for (const p of parts.slice(0, 16)) {
    const d = mem.kernelStruct("dentry", `struct dentry (${p})`);
    d.set("d_parent", parent).set("d_name.name", mem.kernelString(p, `d_name (${p})`)).set("d_name.len", utf8(p).length);
    parent = d.addr;
  }
  return parent;
}

/** struct filename: the kernel's copy of a user path (name) and the user pointer it came from (uptr). */
export function buildFilename(mem: AddressSpace, path: string): bigint {
  const f = mem.kernelStruct("filename", `struct filename (${path})`);
  f.set("name", mem.kernelString(path, `filename->name (${path})`)).set("uptr", mem.userString(path, `user path (${path})`));
  return f.addr;
}

/**
 * struct sockaddr_in / sockaddr_in6 (UAPI layouts: family u16, port big-endian u16, then the
 * address at 4, or flowinfo at 4 and the address at 8), in user or kernel memory.
 */
export function buildSockaddr(mem: AddressSpace, o: Obj, space: "user" | "kernel"): Read<bigint> {
  const bad = only(o, objectKeys("sockaddr"), "a sockaddr");
  if (bad) return { error: bad };
  const fam = family(o);
  if (failed(fam)) return { error: `family: ${fam.error}` };
  const six = fam === BigInt(AF_INET6);
  const b = new Uint8Array(six ? 28 : 16);
  b[0] = Number(fam & 0xffn);
  b[1] = Number(fam >> 8n);
  const port = intOf(o, "sockaddr", "port");
  if (failed(port)) return port;
  b.set(be16(port), 2);
  const a = readAddr(o.addr, six ? 16 : 4);
  if (failed(a)) return { error: `addr: ${a.error}` };
  b.set(a, six ? 8 : 4);
  const name = six ? "struct sockaddr_in6" : "struct sockaddr_in";
  return space === "user" ? mem.userBytes(b, name) : mem.kernelBytes(b, name);
}

/** An array of user strings and its NULL-terminated pointer array (execve's argv and envp). */
export function buildArgv(mem: AddressSpace, list: readonly FieldValue[], what: string): Read<bigint> {
  if (list.length > 256) return { error: `at most 256 strings in ${what}` };
  const ptrs = new Uint8Array(8 * (list.length + 1));
  const v = new DataView(ptrs.buffer);
  for (let k = 0; k < list.length; k++) {
    const s = list[k];
    if (typeof s !== "string") return { error: `${what}[${k}]: a string was expected` };
    v.setBigUint64(8 * k, mem.userString(s, `${what}[${k}]`), true);
  }
  return mem.userBytes(ptrs, `${what} (pointer array)`);
}
