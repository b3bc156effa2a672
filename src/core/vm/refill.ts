// Refilling a Run with the next input in place, as a new Run on it would be (Run.load, a
// runner's next packet): the context refilled, per-run helper state dropped, memory made lazily
// forgotten, the entry stack cleared. Functions of the run; refillPacket and fresh are the
// per-packet path of a runner, kept small enough for its call to take in whole.

import type { ReloadOptions, RunInput } from "./context.ts";
import { resetSkbState } from "./helpers/skb_state.ts";
import { STACK_SIZE } from "./machine.ts";
import type { Run } from "./run.ts";
import { withTask } from "./world.ts";
import type { World } from "./world.ts";

const KEPT: ReloadOptions = { moved: false };
const MOVED: ReloadOptions = { moved: true };

/** Run.load() but for the machine's restart, which Run.runFresh does as it runs. */
export function refill(run: Run, input: RunInput): string | undefined {
  if (refillPacket(run, input)) return undefined;
  const ctx = run.ctx;
  if (!ctx.reload) return "rebuild";
  // test memory (--mem-hex) makes its own region: built anew
  if (input.mem !== undefined) return "rebuild";
  const why = ctx.reload(input, run.keepsPacket ? KEPT : MOVED);
  if (why) return why;
  fresh(run, input);
  return undefined;
}

/**
 * refill() of a bare packet after a run that kept its ends, which the context takes in place
 * (Context.refill); false, nothing changed, when it does not. Apart from refill so that it is
 * small enough for a runner's per-packet call to take in whole.
 */
export function refillPacket(run: Run, input: RunInput): boolean {
  const packet = input.packet;
  if (packet === undefined || !run.quickRefill || input.ctx !== undefined || input.mem !== undefined || input.task !== undefined || !run.ctx.refill!(packet)) return false;
  fresh(run, input);
  return true;
}

/**
 * What every refilled input resets besides its context: per-run helper state, memory made lazily,
 * the entry stack. The common case (the same input object or one without a task, nothing made
 * lazily, no trace, no skb, a stack the program does not write) is a few tests in a small
 * function, so that a runner's per-packet call takes it in whole; the rest is out of line.
 */
function fresh(run: Run, input: RunInput): void {
  // helpers read the input (a kernel event's memory) and the world (its task) through opts
  const o = run.opts as { input: RunInput; world: World };
  if (input !== o.input) repoint(run, input);
  if (run.mem.regions.length > run.lazyEnd) dropLazyRegions(run);
  if (run.records.size !== 0) run.records.clear();
  if (run.trace.length !== 0) run.trace.length = 0;
  if (run.skbCtx !== undefined) resetSkbState(run.skbCtx);
  if (run.stackLow < STACK_SIZE) clearStack(run);
}

function repoint(run: Run, input: RunInput): void {
  const o = run.opts as { input: RunInput; world: World };
  if (input.task !== o.input.task) o.world = withTask(run.sessionWorld, input.task);
  o.input = input;
}

/** Pointers do not outlive a run: the lazily made regions start afresh, so that memory stays bounded. */
function dropLazyRegions(run: Run): void {
  run.mem.regions.length = run.baseRegions;
  run.pointers.forgetLazy();
  run.machine.forgetLazyRegions();
}

/** Only what the program can have written; a few words by hand (fill is a call into the runtime). */
function clearStack(run: Run): void {
  const low = run.stackLow;
  const w = run.stackWords;
  if (w !== undefined) for (let k = low >> 2; k < STACK_SIZE >> 2; k++) w[k] = 0;
  else run.machine.frames[0].stack.bytes.fill(0, low);
}
