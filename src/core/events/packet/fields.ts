// Checked field writing for the builder: a value that does not fit its field, or an address
// that does not parse, is an error naming the layer and the field (never a silent wrap).

import { fromHex, parseIpv4, parseIpv6, parseMac } from "../bytes.ts";

/** Raised inside the builder only; build() turns it into a value. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function check(field: string, v: number, bits: number): number {
  if (!Number.isInteger(v) || v < 0 || v > 2 ** bits - 1) throw new FieldError(field, `${field}: ${v} does not fit in ${bits} bits`);
  return v;
}

export const flag = (b: boolean | undefined): number => (b ? 1 : 0);

export function mac(field: string, s: string | undefined): Uint8Array {
  if (s === undefined) return new Uint8Array(6);
  const b = parseMac(s);
  if (!b) throw new FieldError(field, `${field}: '${s}' is not a MAC address (like 02:00:00:00:00:01)`);
  return b;
}

export function ipv4(field: string, s: string): Uint8Array {
  const b = parseIpv4(s);
  if (!b) throw new FieldError(field, `${field}: '${s}' is not an IPv4 address (like 10.0.0.1)`);
  return b;
}

export function ipv6(field: string, s: string): Uint8Array {
  const b = parseIpv6(s);
  if (!b) throw new FieldError(field, `${field}: '${s}' is not an IPv6 address (like 2001:db8::1)`);
  return b;
}

export function hex(field: string, s: string | undefined): Uint8Array {
  if (s === undefined) return new Uint8Array(0);
  const b = fromHex(s);
  if (!b) throw new FieldError(field, `${field}: '${s}' is not hex bytes`);
  return b;
}

/** Big-endian writes into a fixed buffer; every value checked against its width. */
export class Writer {
  readonly bytes: Uint8Array;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
  }
  u8(at: number, field: string, v: number): void {
    this.bytes[at] = check(field, v, 8);
  }
  u16(at: number, field: string, v: number): void {
    check(field, v, 16);
    this.bytes[at] = v >>> 8;
    this.bytes[at + 1] = v & 0xff;
  }
  u32(at: number, field: string, v: number): void {
    check(field, v, 32);
    this.bytes[at] = v >>> 24;
    this.bytes[at + 1] = (v >>> 16) & 0xff;
    this.bytes[at + 2] = (v >>> 8) & 0xff;
    this.bytes[at + 3] = v & 0xff;
  }
  set(at: number, b: Uint8Array): void {
    this.bytes.set(b, at);
  }
}
