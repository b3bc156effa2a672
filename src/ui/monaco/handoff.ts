// What the plain first-screen editor hands to Monaco when Monaco takes its place: where the
// cursor and the selection were, how far the text was scrolled, and whether it had the focus.
// The text itself needs no handing over: both editors write every change to the document store.
// This module imports nothing of Monaco, so the plain editor can use it before Monaco loads.

export interface Handoff {
  /** Selection as offsets into the text, as a textarea keeps it. */
  readonly start: number;
  readonly end: number;
  readonly backward: boolean;
  readonly scrollTop: number;
  readonly focused: boolean;
}

let pending: Handoff | undefined;

/** The plain editor leaves the page: remember where the user was. */
export function leaveHandoff(h: Handoff): void {
  pending = h;
}

/** Monaco arrives: what the plain editor left, once (later editors start fresh). */
export function takeHandoff(): Handoff | undefined {
  const h = pending;
  pending = undefined;
  return h;
}
