// Everything a program can observe of the machine it runs on, made deterministic and seeded
// per session: time, randomness, the CPU, the current task. A run replays identically.

export interface World {
  /** Nanoseconds since boot, advanced by the executed instruction count. */
  now(executed: number): bigint;
  random(): number;
  readonly pid: number;
  readonly tgid: number;
  readonly uid: number;
  readonly gid: number;
  readonly comm: string;
}

export function createWorld(seed = 1): World {
  // xorshift32, seeded; never zero
  let s = seed >>> 0 || 0x9e3779b9;
  const boot = 1_000_000_000n; // the machine booted one second ago
  return {
    now: (executed) => boot + BigInt(executed) * 2n,
    random() {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return s >>> 0;
    },
    pid: 4242,
    tgid: 4242,
    uid: 1000,
    gid: 1000,
    comm: "bpfplay",
  };
}
