// The event form's kernel objects, member by member: members from the core's table, typed text
// to values, and each member's problem, which is the one the builder gives for the whole event.
import { describe, expect, it } from "vitest";
import { isEventError, prepareKernelEvent } from "../../../core/events/kernel/index.ts";
import type { FieldValue, KernelEvent } from "../../../core/events/kernel/index.ts";
import { asObject, memberErrors, membersOf, memberText, memberValue, objectKindOf, removeString, setString, shortType, stringsOf, withMember } from "./objectForm.ts";
import { rowsOf } from "./kernelEventForm.ts";

const connect = (sk: FieldValue): KernelEvent => ({ kind: "kprobe", name: "tcp_v4_connect", fields: { sk } });
const member = (kind: Parameters<typeof membersOf>[0], path: string) => membersOf(kind).find((m) => m.path.join(".") === path)!;

describe("kernel objects in the event form", () => {
  it("a struct sock's members by name with their C members; an sk_buff's socket nested", () => {
    const sk = rowsOf(connect({})).fields[0];
    expect(objectKindOf(sk.pointee)).toBe("sock");
    expect(membersOf("sock").map((m) => m.path.join("."))).toEqual(["family", "saddr", "daddr", "sport", "dport", "state", "protocol", "type", "mark", "priority", "bound_dev_if"]);
    expect(member("sock", "dport").field).toMatchObject({ c: "__be16 skc_dport", kind: "int", size: 2 });
    expect(member("sock", "state").field.names).toContain("TCP_SYN_SENT");
    expect(membersOf("sk_buff").map((m) => m.path.join("."))).toContain("sk.daddr");
    expect(member("file", "flags").hint).toBe("0o100000");
    expect(objectKindOf("string")).toBeUndefined();
  });

  it("typed text becomes the object's values; an emptied member or nested object goes", () => {
    let o = asObject({ daddr: "1.1.1.1", dport: 443 }, "sock");
    o = withMember(o, ["dport"], memberValue(member("sock", "dport"), "22"));
    o = withMember(o, ["state"], memberValue(member("sock", "state"), "TCP_SYN_SENT"));
    o = withMember(o, ["daddr"], memberValue(member("sock", "daddr"), " "));
    expect(o).toEqual({ dport: 22, state: "TCP_SYN_SENT" });
    expect(memberText(o, member("sock", "dport"))).toBe("22");
    const skb = withMember({ len: 60 }, ["sk", "dport"], 80);
    expect(skb).toEqual({ len: 60, sk: { dport: 80 } });
    expect(withMember(skb, ["sk", "dport"], undefined)).toEqual({ len: 60 });
    expect(asObject("/etc/hosts", "file")).toEqual({ path: "/etc/hosts" });
    const p = prepareKernelEvent(connect(o));
    expect(isEventError(p)).toBe(false);
  });

  it("puts each problem on its member, in the builder's words", () => {
    const cases: [FieldValue, string, string][] = [
      [{ dport: 70000 }, "dport", "70000 does not fit in 2 bytes"],
      [{ saddr: "10.0.0.300" }, "saddr", "'10.0.0.300' is not an IPv4 address"],
      [{ family: "AF_INET", daddr: "2001:db8::1" }, "daddr", "'2001:db8::1' is not an IPv4 address"],
      [{ state: "TCP_NOPE" }, "state", "'TCP_NOPE' is not a number"],
    ];
    for (const [sk, path, message] of cases) {
      expect(memberErrors("sock", asObject(sk, "sock"))).toEqual({ [path]: message });
      const p = prepareKernelEvent(connect(sk));
      expect(isEventError(p) && p.error).toContain(message);
    }
    // IPv6 by the family, or by an address with a colon; a good object has no problem
    expect(memberErrors("sock", { family: "AF_INET6", saddr: "2001:db8::2", daddr: "::1" })).toEqual({});
    expect(memberErrors("sock", { saddr: "2001:db8::2", daddr: "fe80::1" })).toEqual({});
    expect(memberErrors("sock", { family: 7 })).toEqual({ family: "family 7 is neither AF_INET (2) nor AF_INET6 (10)" });
    expect(memberErrors("sk_buff", { sk: { dport: -1, daddr: "x" }, data: "0a0" })).toEqual({ "sk.daddr": "'x' is not an IPv4 address", data: "3 hex digits do not make whole bytes" });
    expect(memberErrors("sk_buff", { dev: "a-very-long-device-name" })).toEqual({ dev: "at most 15 bytes (the kernel keeps 16 with the NUL)" });
    const skb = prepareKernelEvent({ kind: "kprobe", name: "ip_rcv", fields: { skb: { dev: "a-very-long-device-name" } } });
    expect(isEventError(skb) && skb.error).toContain("dev: at most 15 bytes (the kernel keeps 16 with the NUL)");
    expect(memberErrors("sockaddr", { port: "https" })).toEqual({ port: "'https' is not a number" });
  });

  it("argv as a list of strings: set, add, remove", () => {
    const argv = stringsOf(["ls", "-l", "/tmp"]);
    expect(setString(argv, 1, "-la")).toEqual(["ls", "-la", "/tmp"]);
    expect(setString(argv, 3, "")).toEqual(["ls", "-l", "/tmp", ""]);
    expect(removeString(argv, 0)).toEqual(["-l", "/tmp"]);
    expect(stringsOf("cat  /etc/hosts")).toEqual(["cat", "/etc/hosts"]);
    expect(stringsOf(undefined)).toEqual([]);
  });
});

describe("a member's type in a word", () => {
  it("says the size and what else it takes", () => {
    expect(shortType(member("sock", "dport").field)).toBe("u16");
    expect(shortType(member("sock", "state").field)).toBe("u8 or name");
    expect(shortType(member("file", "pos").field)).toBe("s64");
    expect(shortType(member("sock", "daddr").field)).toBe("IPv4/IPv6");
    expect(shortType(member("sk_buff", "dev").field)).toBe("text ≤ 15");
  });
});
