// The Internet checksum arithmetic the kernel's helpers use (one's complement, RFC 1071/1624).

/** 32-bit one's complement add (csum_add). */
export const csumAdd = (a: number, b: number): number => {
  const s = (a >>> 0) + (b >>> 0);
  return (s >= 0x100000000 ? s - 0xffffffff : s) >>> 0;
};

/** The one's complement sum of bytes as 16-bit little-endian words (an odd last byte is a low byte), plus seed. */
export function csumPartial(b: Uint8Array, seed: number): number {
  let s = seed >>> 0;
  for (let k = 0; k + 1 < b.length; k += 2) s = csumAdd(s, b[k] | (b[k + 1] << 8));
  if (b.length & 1) s = csumAdd(s, b[b.length - 1]);
  return s;
}

/** Folds a 32-bit partial sum to 16 bits and complements it (csum_fold). */
export const csumFold = (s: number): number => {
  let x = s >>> 0;
  x = (x & 0xffff) + (x >>> 16);
  x = (x & 0xffff) + (x >>> 16);
  return ~x & 0xffff;
};

/** The 16-bit checksum field at `at`, updated for `from` replaced by `to` (size 2, 4, or 0 for a diff). */
export function csumReplace(sum: number, from: number, to: number, size: number): number {
  if (size === 0) return csumFold(csumAdd(to, ~sum & 0xffff));
  if (size === 4) return csumFold(csumAdd(csumAdd(~sum & 0xffff, ~from >>> 0), to >>> 0));
  // 16-bit fields: csum16 arithmetic
  const add16 = (a: number, b: number) => {
    const s = (a & 0xffff) + (b & 0xffff);
    return (s & 0xffff) + (s >>> 16);
  };
  return ~add16(add16(~sum & 0xffff, ~from & 0xffff), to & 0xffff) & 0xffff;
}
