// The members a user types for each kernel object an event's pointer may name (a struct sock, an
// sk_buff, a file, a sockaddr): name, the C member it fills, how it is read (an integer of a size,
// an address, text, hex bytes, a nested object), its default and the constants it takes by name.
// The builders (objects.ts) read these, and the event form shows them: one table for both.

import { constantNames } from "./values.ts";

export type ObjectKind = "sock" | "sk_buff" | "file" | "sockaddr";

export type ObjectFieldKind = "int" | "family" | "addr" | "text" | "hex" | "object";

export interface ObjectField {
  readonly name: string;
  /** The C member (or members) it fills, for the form. */
  readonly c: string;
  readonly kind: ObjectFieldKind;
  /** Bytes of an integer; the longest text. */
  readonly size?: number;
  readonly signed?: boolean;
  /** What an absent value means (the builder's default). */
  readonly default?: number | string;
  /** Constants the field takes by name (values.ts). */
  readonly names?: readonly string[];
  /** The nested object's kind (an sk_buff's sk). */
  readonly object?: ObjectKind;
  readonly note?: string;
}

const FAMILY: ObjectField = { name: "family", c: "unsigned short skc_family", kind: "family", size: 2, names: ["AF_INET", "AF_INET6"], note: "AF_INET or AF_INET6; left out, from the addresses" };

export const OBJECT_FIELDS: Readonly<Record<ObjectKind, readonly ObjectField[]>> = {
  sock: [
    FAMILY,
    { name: "saddr", c: "__be32 skc_rcv_saddr / struct in6_addr skc_v6_rcv_saddr", kind: "addr", note: "the local address" },
    { name: "daddr", c: "__be32 skc_daddr / struct in6_addr skc_v6_daddr", kind: "addr", note: "the remote address" },
    { name: "sport", c: "__u16 skc_num", kind: "int", size: 2, default: 0, note: "the local port (host order)" },
    { name: "dport", c: "__be16 skc_dport", kind: "int", size: 2, default: 0, note: "the remote port (kept big-endian, as the kernel does)" },
    { name: "state", c: "unsigned char skc_state", kind: "int", size: 1, default: 1, names: constantNames("TCP_") },
    { name: "protocol", c: "u16 sk_protocol", kind: "int", size: 2, default: 6, names: constantNames("IPPROTO_") },
    { name: "type", c: "u16 sk_type", kind: "int", size: 2, default: 1, names: constantNames("SOCK_") },
    { name: "mark", c: "u32 sk_mark", kind: "int", size: 4, default: 0 },
    { name: "priority", c: "u32 sk_priority", kind: "int", size: 4, default: 0 },
    { name: "bound_dev_if", c: "int skc_bound_dev_if", kind: "int", size: 4, default: 0 },
  ],
  sk_buff: [
    { name: "len", c: "unsigned int len", kind: "int", size: 4, note: "the data's length, else 60" },
    { name: "protocol", c: "__be16 protocol", kind: "int", size: 2, default: 0x0800, names: constantNames("ETH_P_") },
    { name: "mark", c: "__u32 mark", kind: "int", size: 4, default: 0 },
    { name: "priority", c: "__u32 priority", kind: "int", size: 4, default: 0 },
    { name: "hash", c: "__u32 hash", kind: "int", size: 4, default: 0 },
    { name: "queue_mapping", c: "__u16 queue_mapping", kind: "int", size: 2, default: 0 },
    { name: "ifindex", c: "int skb_iif, dev->ifindex", kind: "int", size: 4, default: 2 },
    { name: "dev", c: "char dev->name[16]", kind: "text", size: 15, default: "eth0" },
    { name: "data", c: "unsigned char *head, *data", kind: "hex", note: "the packet from its Ethernet header, as hex" },
    { name: "sk", c: "struct sock *sk", kind: "object", object: "sock", note: "the socket it belongs to; none when left empty" },
  ],
  file: [
    { name: "path", c: "struct path f_path (dentry names)", kind: "text", default: "/tmp/file" },
    { name: "flags", c: "unsigned int f_flags", kind: "int", size: 4, default: 0o100000, names: constantNames("O_") },
    { name: "mode", c: "umode_t f_inode->i_mode", kind: "int", size: 2, default: 0o100644 },
    { name: "pos", c: "loff_t f_pos", kind: "int", size: 8, signed: true, default: 0 },
    { name: "ino", c: "unsigned long f_inode->i_ino", kind: "int", size: 8, default: 1_048_577 },
    { name: "size", c: "loff_t f_inode->i_size", kind: "int", size: 8, default: 4096 },
  ],
  sockaddr: [
    { ...FAMILY, c: "sa_family_t sin_family / sin6_family" },
    { name: "addr", c: "struct in_addr sin_addr / struct in6_addr sin6_addr", kind: "addr" },
    { name: "port", c: "__be16 sin_port / sin6_port", kind: "int", size: 2, default: 0 },
  ],
};

export const objectKeys = (kind: ObjectKind): readonly string[] => OBJECT_FIELDS[kind].map((f) => f.name);

export function objectField(kind: ObjectKind, name: string): ObjectField {
  const f = OBJECT_FIELDS[kind].find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name} in ${kind}`); // a bug in bpfplay, never bad input
  return f;
}
