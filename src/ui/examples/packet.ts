// The input packet a session starts with is the core's, so the UI and the CLI start from the same
// 64-byte Ethernet/IPv4/TCP frame (src/core/events/packet/default.ts describes it).
export { DEFAULT_PACKET_HEX } from "../../core/events/packet/default.ts";

/** Bytes in a hex string, or undefined when it is not whole hex bytes. */
export function hexByteCount(hex: string): number | undefined {
  const digits = hex.replace(/^\s*0x/i, "").replace(/\s+/g, "");
  return /^[0-9a-fA-F]*$/.test(digits) && digits.length % 2 === 0 ? digits.length / 2 : undefined;
}
