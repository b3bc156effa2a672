// The input packet a session starts with, in the UI and in the CLI alike: 64 bytes of Ethernet,
// IPv4 and TCP with valid checksums, the smallest frame Ethernet carries.
//
//   Ethernet  02:00:00:00:00:01 → 02:00:00:00:00:02, type 0x0800 (IPv4)
//   IPv4      10.0.0.1 → 10.0.0.2, TTL 64, protocol 6 (TCP), total length 50
//   TCP       port 12345 → 80, SYN, seq 1, window 65535
//   payload   "hello bpf\n"
//
// The bytes are written out (checked by hand against RFC 791/793 and by the tests against the
// builder, Python's checksum and the kernel), so the default never moves when the builder changes.

import type { Packet } from "./layers.ts";

export const DEFAULT_PACKET_HEX = [
  "02 00 00 00 00 02 02 00 00 00 00 01 08 00",
  "45 00 00 32 12 34 40 00 40 06 14 90 0a 00 00 01 0a 00 00 02",
  "30 39 00 50 00 00 00 01 00 00 00 00 50 02 ff ff 5e df 00 00",
  "68 65 6c 6c 6f 20 62 70 66 0a",
].join(" ");

/** What the CLI and the UI say when they use it. */
export const DEFAULT_PACKET_SUMMARY = "the default 64-byte Ethernet/IPv4/TCP frame (10.0.0.1:12345 → 10.0.0.2:80, SYN, payload \"hello bpf\\n\")";

/** The same frame as a description the builder turns into exactly DEFAULT_PACKET_HEX. */
export const DEFAULT_PACKET: Packet = {
  layers: [
    { kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" },
    { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", id: 0x1234, dontFragment: true, ttl: 64 },
    { kind: "tcp", srcPort: 12345, dstPort: 80, seq: 1, flags: "S", window: 65535 },
    { kind: "payload", text: "hello bpf\n" },
  ],
};

export function defaultPacketBytes(): Uint8Array {
  const d = DEFAULT_PACKET_HEX.replace(/\s+/g, "");
  return Uint8Array.from({ length: d.length / 2 }, (_, i) => parseInt(d.slice(2 * i, 2 * i + 2), 16));
}
