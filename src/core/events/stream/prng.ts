// The stream generator's randomness: SplitMix32, a Weyl sequence (add the golden-ratio constant)
// passed through MurmurHash3's 32-bit finaliser. Small, fast, integer-only (Math.imul), so every
// engine gives the same numbers. Event i of a stream has its own generator, seeded from the
// stream's seed and i, so any event can be made on its own (showing event 70,000, re-running to
// it) without drawing the 69,999 before it. A generator can be re-seeded in place (`reseed`,
// `toEvent`): a stream of a million events then makes one generator, not a million.

const GOLDEN = 0x9e3779b9;
const TWO32 = 2 ** 32;

function mix(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export interface Random {
  /** The next 32 random bits, as an unsigned number. */
  u32(): number;
  /** A whole number in [lo, hi], both included; lo and hi safe integers, hi - lo < 2^53. */
  int(lo: number, hi: number): number;
  /** An index into n choices, weighted when weights are given (non-negative, not all zero). */
  pick(n: number, weights?: readonly number[]): number;
}

/**
 * x mod span for whole numbers x < 2^32 + 1 and 1 <= span <= 2^32, as `x % span` gives it, by a
 * division: x / span rounds to a double whose floor is the true quotient (the fraction is at
 * least 1/span away from the next whole number, far more than the rounding), so the remainder
 * is exact. `%` on numbers above 2^31 is a call into the runtime's fmod in V8; this is not.
 */
const modulo = (x: number, span: number) => x - Math.floor(x / span) * span;

/**
 * A range of whole numbers int() draws from, worked out once for many draws (a template's field
 * is drawn once per event): the rejection limit, and 1/span so the remainder takes a
 * multiplication where int() divides. Only spans up to 2^32 (one 32-bit draw each).
 */
export interface Span {
  readonly lo: number;
  readonly span: number;
  readonly limit: number;
  readonly inverse: number;
}

export function spanOf(lo: number, hi: number): Span | undefined {
  const span = hi - lo + 1;
  return span <= TWO32 ? { lo, span, limit: TWO32 - modulo(TWO32, span), inverse: 1 / span } : undefined;
}

/** x mod span for whole numbers 0 <= x < 2^32 and 1 <= span <= 2^32, given inverse = 1 / span. */
export function remainder(x: number, span: number, inverse: number): number {
  const rest = x - Math.floor(x * inverse) * span;
  return rest < 0 ? rest + span : rest >= span ? rest - span : rest;
}

export class SplitMix32 implements Random {
  /**
   * The Weyl sequence's state, as an int32 in a typed array: a number field above 2^30 would be
   * a heap number, a new one at every draw.
   */
  private readonly state = new Int32Array(1);
  /** The last weights pick() was given and their sum (a template's list draws the same weights every event). */
  private weights?: readonly number[] = undefined;
  private total = 0;

  constructor(seed: number) {
    this.state[0] = seed;
  }

  /** Starts over from `seed`, as a new generator would. */
  reseed(seed: number): this {
    this.state[0] = seed;
    return this;
  }

  /** Starts over as event `index` of the stream `seed` (eventRandom's generator). */
  toEvent(seed: number, index: number): this {
    return this.reseed(eventSeed(seed, index));
  }

  u32(): number {
    // mix reads its argument's 32 bits alone (^, >>>, imul): the signed view of the state is the same number to it
    return mix((this.state[0] = (this.state[0] + GOLDEN) | 0));
  }

  /** 53 random bits as a fraction in [0, 1). */
  private unit(): number {
    return (this.u32() * 2 ** 21 + (this.u32() >>> 11)) / 2 ** 53;
  }

  int(lo: number, hi: number): number {
    const span = hi - lo + 1;
    // spans up to 2^32 take one draw by rejection (no modulo bias); wider ones take 53 bits
    if (span <= TWO32) {
      const limit = TWO32 - modulo(TWO32, span);
      let x = this.u32();
      for (let k = 0; x >= limit && k < 64; k++) x = this.u32();
      return lo + modulo(x, span);
    }
    return lo + Math.floor(this.unit() * span);
  }

  /**
   * int(s.lo, s.lo + s.span - 1), the same number from the same state. x * (1/span) is within
   * 2^-20 of x / span (x < 2^32): its floor is the quotient or one off, and one step mends that.
   */
  draw(s: Span): number {
    let x = this.u32();
    for (let k = 0; x >= s.limit && k < 64; k++) x = this.u32();
    return s.lo + remainder(x, s.span, s.inverse);
  }

  pick(n: number, weights?: readonly number[]): number {
    if (!weights) return this.int(0, n - 1);
    if (weights !== this.weights) {
      this.weights = weights;
      this.total = weights.reduce((a, b) => a + b, 0);
    }
    let x = this.unit() * this.total;
    for (let k = 0; k < n; k++) {
      x -= weights[k];
      if (x < 0) return k;
    }
    return n - 1;
  }
}

export function splitmix32(seed: number): Random {
  return new SplitMix32(seed);
}

/** The seed of event `index`'s generator in the stream seeded with `seed`. */
export function eventSeed(seed: number, index: number): number {
  return mix((seed >>> 0) ^ mix((index >>> 0) + GOLDEN)) ^ Math.floor(index / 2 ** 32);
}

/** The generator of event `index` of the stream seeded with `seed`. */
export function eventRandom(seed: number, index: number): Random {
  return new SplitMix32(eventSeed(seed, index));
}
