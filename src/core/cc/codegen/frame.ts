// A function's stack frame: r10-relative, growing down, each object naturally aligned. Objects of
// a C block are released when the block ends, so disjoint scopes share bytes as clang's stack
// colouring lets them; spill slots come after the locals, once the allocator knows it needs them.

import { MAX_BPF_STACK } from "../../isa/limits.ts";

/** The kernel's limit per frame. */
export const STACK_LIMIT = MAX_BPF_STACK;

export class Frame {
  /** Bytes in use now (the next object goes below this). */
  private depth = 0;
  /** The deepest the frame has been. */
  max = 0;

  /** Reserves size bytes aligned to align; returns the (negative) offset from r10. */
  alloc(size: number, align: number): number {
    const a = Math.max(1, Math.min(8, align));
    this.depth = Math.ceil((this.depth + Math.max(size, 1)) / a) * a;
    this.max = Math.max(this.max, this.depth);
    return -this.depth;
  }

  /** A point to come back to when a scope ends. */
  mark(): number {
    return this.depth;
  }

  release(mark: number): void {
    this.depth = mark;
  }

  /** From here on nothing is released: spill slots go below every local of every scope. */
  sealLocals(): void {
    this.depth = this.max;
  }
}
