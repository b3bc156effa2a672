// The stream generator's randomness: SplitMix32, a Weyl sequence (add the golden-ratio constant)
// passed through MurmurHash3's 32-bit finaliser. Small, fast, integer-only (Math.imul), so every
// engine gives the same numbers. Event i of a stream has its own generator, seeded from the
// stream's seed and i, so any event can be made on its own (showing event 70,000, re-running to
// it) without drawing the 69,999 before it.

const GOLDEN = 0x9e3779b9;

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

export function splitmix32(seed: number): Random {
  let state = seed >>> 0;
  const u32 = () => {
    state = (state + GOLDEN) >>> 0;
    return mix(state);
  };
  /** 53 random bits as a fraction in [0, 1). */
  const unit = () => (u32() * 2 ** 21 + (u32() >>> 11)) / 2 ** 53;
  const int = (lo: number, hi: number) => {
    const span = hi - lo + 1;
    // spans up to 2^32 take one draw by rejection (no modulo bias); wider ones take 53 bits
    if (span <= 2 ** 32) {
      const limit = 2 ** 32 - (2 ** 32 % span);
      let x = u32();
      for (let k = 0; x >= limit && k < 64; k++) x = u32();
      return lo + (x % span);
    }
    return lo + Math.floor(unit() * span);
  };
  const pick = (n: number, weights?: readonly number[]) => {
    if (!weights) return int(0, n - 1);
    const total = weights.reduce((a, b) => a + b, 0);
    let x = unit() * total;
    for (let k = 0; k < n; k++) {
      x -= weights[k];
      if (x < 0) return k;
    }
    return n - 1;
  };
  return { u32, int, pick };
}

/** The generator of event `index` of the stream seeded with `seed`. */
export function eventRandom(seed: number, index: number): Random {
  return splitmix32(mix((seed >>> 0) ^ mix((index >>> 0) + GOLDEN)) ^ Math.floor(index / 2 ** 32));
}
