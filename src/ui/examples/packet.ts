// The input packet a session starts with: 64 bytes of Ethernet, IPv4 and TCP with valid
// checksums, the smallest frame Ethernet carries.
//
//   Ethernet  02:00:00:00:00:01 → 02:00:00:00:00:02, type 0x0800 (IPv4)
//   IPv4      10.0.0.1 → 10.0.0.2, TTL 64, protocol 6 (TCP), total length 50
//   TCP       port 12345 → 80, SYN, seq 1, window 65535
//   payload   "hello bpf\n"

export const DEFAULT_PACKET_HEX = [
  "02 00 00 00 00 02 02 00 00 00 00 01 08 00",
  "45 00 00 32 12 34 40 00 40 06 14 90 0a 00 00 01 0a 00 00 02",
  "30 39 00 50 00 00 00 01 00 00 00 00 50 02 ff ff 5e df 00 00",
  "68 65 6c 6c 6f 20 62 70 66 0a",
].join(" ");

/** Bytes in a hex string, or undefined when it is not whole hex bytes. */
export function hexByteCount(hex: string): number | undefined {
  const digits = hex.replace(/^\s*0x/i, "").replace(/\s+/g, "");
  return /^[0-9a-fA-F]*$/.test(digits) && digits.length % 2 === 0 ? digits.length / 2 : undefined;
}
