; about: the kernel's selftest test_verif_scale1 cut to 10 of its 90 blocks (bpfplay's code for it): jhash() called from 10 sites, each after a packet bounds check. Its processed count depends on the kernel's pruning in full: live registers only, a caller's r0-r5 scratched by the call, states listed per (instruction ^ call site) modulo the program's length (two of them collide here); its max_states_per_insn (9) depends on states being evicted after more than 3 misses per hit
; type: sched_cls

  *(u64 *)(r10 - 8) = r1
  r1 = *(u64 *)(r10 - 8)
  w1 = *(u32 *)(r1 + 80)
  r6 = r1
  r1 = *(u64 *)(r10 - 8)
  w1 = *(u32 *)(r1 + 76)
  r7 = r1
  w8 = 0
  w9 = 14
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+155
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+138
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+121
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+104
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+87
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+70
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+53
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+36
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +9
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  r2 = r8
  w8 += 1
  w3 += w2
  r2 = r9
  call pc+19
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  r1 = r7
  r1 += r8
  r2 = r9
  r2 <<= 32
  r2 s>>= 32
  r3 = r1
  r3 += r2
  if r3 > r6 goto +7
  r2 = *(u64 *)(r10 - 8)
  w3 = *(u32 *)(r2 + 48)
  w3 += w8
  r2 = r9
  call pc+4
  r1 = *(u64 *)(r10 - 8)
  *(u32 *)(r1 + 44) = w0
  w0 = 0
  exit
  r4 = r2
  w4 += -559038737
  w4 += w3
  r3 = r4
  r5 = r3
  if w2 <= 12 goto +57
  w0 = *(u32 *)(r1 + 0)
  w5 += w0
  w0 = *(u32 *)(r1 + 4)
  w3 += w0
  w0 = *(u32 *)(r1 + 8)
  w4 += w0
  w5 -= w4
  r0 = r4
  w0 <<= 4
  r6 = r4
  w6 >>= 28
  w0 |= w6
  w5 ^= w0
  w4 += w3
  w3 -= w5
  r0 = r5
  w0 <<= 6
  r6 = r5
  w6 >>= 26
  w0 |= w6
  w3 ^= w0
  w5 += w4
  w4 -= w3
  r0 = r3
  w0 <<= 8
  r6 = r3
  w6 >>= 24
  w0 |= w6
  w4 ^= w0
  w3 += w5
  w5 -= w4
  r0 = r4
  w0 <<= 16
  r6 = r4
  w6 >>= 16
  w0 |= w6
  w5 ^= w0
  w4 += w3
  w3 -= w5
  r0 = r5
  w0 <<= 19
  r6 = r5
  w6 >>= 13
  w0 |= w6
  w3 ^= w0
  w5 += w4
  w4 -= w3
  r0 = r3
  w0 <<= 4
  r6 = r3
  w6 >>= 28
  w0 |= w6
  w4 ^= w0
  w3 += w5
  w2 -= 12
  r1 += 12
  goto -58
  if w2 == 12 goto +12
  if w2 == 11 goto +14
  if w2 == 10 goto +16
  if w2 == 9 goto +18
  if w2 == 8 goto +19
  if w2 == 7 goto +21
  if w2 == 6 goto +23
  if w2 == 5 goto +25
  if w2 == 4 goto +26
  if w2 == 3 goto +28
  if w2 == 2 goto +30
  if w2 == 1 goto +32
  goto +81
  w2 = *(u8 *)(r1 + 11)
  w2 <<= 24
  w4 += w2
  w2 = *(u8 *)(r1 + 10)
  w2 <<= 16
  w4 += w2
  w2 = *(u8 *)(r1 + 9)
  w2 <<= 8
  w4 += w2
  w2 = *(u8 *)(r1 + 8)
  w4 += w2
  w2 = *(u8 *)(r1 + 7)
  w2 <<= 24
  w3 += w2
  w2 = *(u8 *)(r1 + 6)
  w2 <<= 16
  w3 += w2
  w2 = *(u8 *)(r1 + 5)
  w2 <<= 8
  w3 += w2
  w2 = *(u8 *)(r1 + 4)
  w3 += w2
  w2 = *(u8 *)(r1 + 3)
  w2 <<= 24
  w5 += w2
  w2 = *(u8 *)(r1 + 2)
  w2 <<= 16
  w5 += w2
  w2 = *(u8 *)(r1 + 1)
  w2 <<= 8
  w5 += w2
  w1 = *(u8 *)(r1 + 0)
  w5 += w1
  w4 ^= w5
  w4 ^= w3
  r1 = r3
  w1 <<= 14
  r2 = r3
  w2 >>= 18
  w1 |= w2
  w4 -= w1
  w5 ^= w4
  r1 = r4
  w1 <<= 11
  r2 = r4
  w2 >>= 21
  w1 |= w2
  w5 -= w1
  w3 ^= w5
  r1 = r5
  w1 <<= 25
  r2 = r5
  w2 >>= 7
  w1 |= w2
  w3 -= w1
  w4 ^= w3
  r1 = r3
  w1 <<= 16
  r2 = r3
  w2 >>= 16
  w1 |= w2
  w4 -= w1
  w5 ^= w4
  r1 = r4
  w1 <<= 4
  r2 = r4
  w2 >>= 28
  w1 |= w2
  w5 -= w1
  w3 ^= w5
  r1 = r5
  w1 <<= 14
  w5 >>= 18
  w1 |= w5
  w3 -= w1
  w4 ^= w3
  r1 = r3
  w1 <<= 24
  w3 >>= 8
  w1 |= w3
  w4 -= w1
  r0 = r4
  exit
