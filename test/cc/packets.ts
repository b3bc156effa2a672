// Named packets for the programs' `// packet:` lines, built from their fields so a reader sees
// what is in them. Checksums are real (the kernel does not check them on BPF_PROG_TEST_RUN, but
// programs that verify or update them should see valid ones).

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));
const u16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];

const MAC_DST = hex("020000000002");
const MAC_SRC = hex("020000000001");
const IP4_SRC = [10, 0, 0, 1];
const IP4_DST = [10, 0, 0, 2];
const IP6_SRC = hex("fd000000000000000000000000000001");
const IP6_DST = hex("fd000000000000000000000000000002");
const PAYLOAD = Array.from(new TextEncoder().encode("GET / HTTP/1.1\r\n"));

function csum(bytes: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < bytes.length; k += 2) s += (bytes[k] << 8) | (bytes[k + 1] ?? 0);
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

function eth(type: number, body: readonly number[], vlan?: number): number[] {
  const tag = vlan === undefined ? [] : [0x81, 0x00, ...u16(vlan)];
  return [...MAC_DST, ...MAC_SRC, ...tag, ...u16(type), ...body];
}

function ipv4(proto: number, l4: readonly number[], ttl = 64): number[] {
  const h = [0x45, 0, ...u16(20 + l4.length), 0x12, 0x34, 0x40, 0, ttl, proto, 0, 0, ...IP4_SRC, ...IP4_DST];
  const c = csum(h);
  h[10] = c >> 8;
  h[11] = c & 0xff;
  return [...h, ...l4];
}

function ipv6(next: number, l4: readonly number[]): number[] {
  return [0x60, 0, 0, 0, ...u16(l4.length), next, 64, ...IP6_SRC, ...IP6_DST, ...l4];
}

function tcp(sport: number, dport: number, flags: number, payload: readonly number[]): number[] {
  return [...u16(sport), ...u16(dport), 0, 0, 0, 1, 0, 0, 0, 0, 0x50, flags, ...u16(65535), 0, 0, 0, 0, ...payload];
}

function udp(sport: number, dport: number, payload: readonly number[]): number[] {
  return [...u16(sport), ...u16(dport), ...u16(8 + payload.length), 0, 0, ...payload];
}

function icmpEcho(): number[] {
  const h = [8, 0, 0, 0, 0x12, 0x34, 0, 1, ...PAYLOAD];
  const c = csum(h);
  h[2] = c >> 8;
  h[3] = c & 0xff;
  return h;
}

const DNS_QUERY = hex("abcd01000001000000000000076578616d706c6503636f6d0000010001");
const ARP = hex("0001080006040001020000000001" + "0a000001" + "000000000000" + "0a000002");

export const PACKETS: Readonly<Record<string, Uint8Array>> = {
  /** 10.0.0.1:1234 → 10.0.0.2:80, SYN|PSH, an HTTP request line. */
  "ipv4-tcp": Uint8Array.from(eth(0x0800, ipv4(6, tcp(1234, 80, 0x0a, PAYLOAD)))),
  /** 10.0.0.1:5353 → 10.0.0.2:53, a DNS query for example.com. */
  "ipv4-udp": Uint8Array.from(eth(0x0800, ipv4(17, udp(5353, 53, [...DNS_QUERY])))),
  "ipv4-icmp": Uint8Array.from(eth(0x0800, ipv4(1, icmpEcho()))),
  /** TTL 1: about to expire. */
  "ipv4-udp-ttl1": Uint8Array.from(eth(0x0800, ipv4(17, udp(5353, 53, [...DNS_QUERY]), 1))),
  "ipv6-tcp": Uint8Array.from(eth(0x86dd, ipv6(6, tcp(1234, 443, 0x02, PAYLOAD)))),
  "ipv6-udp": Uint8Array.from(eth(0x86dd, ipv6(17, udp(5353, 53, [...DNS_QUERY])))),
  arp: Uint8Array.from(eth(0x0806, [...ARP])),
  /** 802.1Q tag 100 around the IPv4/UDP packet. */
  "vlan-ipv4-udp": Uint8Array.from(eth(0x0800, ipv4(17, udp(5353, 53, [...DNS_QUERY])), 100)),
  /** An Ethernet header and nothing else. */
  "eth-only": Uint8Array.from(eth(0x0800, [])),
};
