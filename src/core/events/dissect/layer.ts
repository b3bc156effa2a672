// What a protocol's dissector gives back: its tree, and where and how the next header starts.

import type { Cursor, Field } from "./tree.ts";

/** The addresses an upper-layer checksum's pseudo-header takes; `fragment`: the upper layer is not whole. */
export interface IpContext {
  readonly version: 4 | 6;
  readonly src: Uint8Array;
  readonly dst: Uint8Array;
  readonly fragment: boolean;
}

export type Next =
  | { readonly type: "ethertype"; readonly value: number; readonly at: number; readonly end: number }
  | { readonly type: "ip"; readonly value: number; readonly at: number; readonly end: number; readonly ip?: IpContext }
  | { readonly type: "data"; readonly at: number; readonly end: number; readonly label?: string }
  | { readonly type: "app"; readonly value: "dns"; readonly at: number; readonly end: number };

export interface Layer {
  readonly field: Field;
  readonly next?: Next;
}

export type Dissector = (c: Cursor, at: number, ip?: IpContext) => Layer;
