// The text each block of the control-flow graph shows, and the size it takes when drawn.
// Long blocks keep their first and last instructions with a count of the ones between, so
// a 4,096-instruction straight line is still one readable box.

import { CFG_METRICS } from "../../protocol/index.ts";

/** More instructions than this and the middle of the block is elided. */
export const MAX_BLOCK_LINES = 14;
const HEAD = 10;
const TAIL = 3;
/** Longer instruction text is cut with an ellipsis. */
export const MAX_TEXT = 36;

const cut = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + "…" : s);

export interface BlockText {
  /** One line per instruction, `pc  text`, the pcs right-aligned; an elided middle says how many it hides. */
  readonly text: string[];
  /** The instruction of each line; -1 for the line that stands for the elided ones. */
  readonly textPcs: number[];
}

export function blockText(pcs: readonly number[], textOf: (pc: number) => string): BlockText {
  const width = String(pcs[pcs.length - 1] ?? 0).length;
  const line = (pc: number) => `${String(pc).padStart(width)}  ${cut(textOf(pc))}`;
  if (pcs.length <= MAX_BLOCK_LINES) return { text: pcs.map(line), textPcs: [...pcs] };
  const shown = [...pcs.slice(0, HEAD), -1, ...pcs.slice(-TAIL)];
  const hidden = pcs.length - HEAD - TAIL;
  return { text: shown.map((pc) => (pc < 0 ? `${" ".repeat(width)}  ⋯ ${hidden.toLocaleString("en-US")} more` : line(pc))), textPcs: shown };
}

/** The size of a block drawn with its title and text lines (see CFG_METRICS). */
export function blockSize(title: string, text: readonly string[]): { width: number; height: number } {
  const m = CFG_METRICS;
  const chars = Math.max(title.length, ...text.map((t) => t.length));
  return {
    width: Math.max(m.minWidth, Math.ceil(chars * m.charWidth + 2 * m.padX)),
    height: m.headerHeight + text.length * m.lineHeight + 2 * m.padY,
  };
}
