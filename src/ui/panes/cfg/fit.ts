// How the CFG opens: the scale that fits the drawing to its pane without going below readable
// text (a large graph scrolls instead of shrinking), and the scroll position that puts a block
// (the one at fault, else the entry) in the middle of the pane. Pure, so tested without a DOM.

import { CFG_METRICS } from "../../../protocol/index.ts";

/** Block text is never drawn smaller than this by "fit" (11 px text at 100%). */
export const MIN_TEXT_PX = 9;
/** The smallest scale "fit" picks on its own. */
export const MIN_FIT = MIN_TEXT_PX / CFG_METRICS.fontSize;
/** "Fit" never enlarges the drawing. */
export const MAX_FIT = 1;
/** Room kept free around the drawing when fitting. */
const SLACK = 8;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect extends Size {
  /** Centre, in graph units. */
  readonly x: number;
  readonly y: number;
}

/** The scale at which the whole graph fits the pane, at most 100%, never below MIN_FIT. */
export function fitScale(pane: Size, graph: Size): number {
  if (pane.width <= 0 || pane.height <= 0 || graph.width <= 0 || graph.height <= 0) return MAX_FIT;
  const whole = Math.min((pane.width - SLACK) / graph.width, (pane.height - SLACK) / graph.height);
  return Math.min(MAX_FIT, Math.max(MIN_FIT, Math.floor(whole * 100) / 100));
}

/**
 * The scroll offsets that centre `focus` (in graph units) in a pane showing the graph at
 * `scale`, kept within what the pane can scroll to. A block taller or wider than the pane
 * shows its top-left corner (its title and first instructions) instead of its middle.
 */
export function centreOn(pane: Size, graph: Size, scale: number, focus: Rect): { left: number; top: number } {
  const axis = (view: number, whole: number, centre: number, extent: number) => {
    const max = Math.max(0, Math.ceil(whole * scale) - view);
    const start = (centre - extent / 2) * scale;
    const want = extent * scale > view - 2 * SLACK ? start - SLACK : centre * scale - view / 2;
    return Math.round(Math.min(max, Math.max(0, want)));
  };
  return {
    left: axis(pane.width, graph.width, focus.x, focus.width),
    top: axis(pane.height, graph.height, focus.y, focus.height),
  };
}

/** The block a freshly drawn graph opens on: the one holding the error, else the entry. */
export function openingBlock(blockOf: readonly number[], errorPc: number | undefined): number {
  const b = errorPc !== undefined ? blockOf[errorPc] : undefined;
  return b !== undefined && b >= 0 ? b : 0;
}

/** The text size, in CSS pixels, of block text drawn at `scale`. */
export const textPx = (scale: number) => CFG_METRICS.fontSize * scale;
