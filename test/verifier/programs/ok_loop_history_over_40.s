; about: a loop whose body spills and fills a register 20 times: over 40 entries of history
; about: between loop heads force a state (the kernel's insn_hist rule), before 20 jumps or 100 instructions
; type: xdp

  r0 = 0
  r1 = 0
loop:
  *(u64 *)(r10 - 8) = r0
  r2 = *(u64 *)(r10 - 8)
  *(u64 *)(r10 - 16) = r0
  r2 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 24) = r0
  r2 = *(u64 *)(r10 - 24)
  *(u64 *)(r10 - 32) = r0
  r2 = *(u64 *)(r10 - 32)
  *(u64 *)(r10 - 40) = r0
  r2 = *(u64 *)(r10 - 40)
  *(u64 *)(r10 - 48) = r0
  r2 = *(u64 *)(r10 - 48)
  *(u64 *)(r10 - 56) = r0
  r2 = *(u64 *)(r10 - 56)
  *(u64 *)(r10 - 64) = r0
  r2 = *(u64 *)(r10 - 64)
  *(u64 *)(r10 - 72) = r0
  r2 = *(u64 *)(r10 - 72)
  *(u64 *)(r10 - 80) = r0
  r2 = *(u64 *)(r10 - 80)
  *(u64 *)(r10 - 88) = r0
  r2 = *(u64 *)(r10 - 88)
  *(u64 *)(r10 - 96) = r0
  r2 = *(u64 *)(r10 - 96)
  *(u64 *)(r10 - 104) = r0
  r2 = *(u64 *)(r10 - 104)
  *(u64 *)(r10 - 112) = r0
  r2 = *(u64 *)(r10 - 112)
  *(u64 *)(r10 - 120) = r0
  r2 = *(u64 *)(r10 - 120)
  *(u64 *)(r10 - 128) = r0
  r2 = *(u64 *)(r10 - 128)
  *(u64 *)(r10 - 136) = r0
  r2 = *(u64 *)(r10 - 136)
  *(u64 *)(r10 - 144) = r0
  r2 = *(u64 *)(r10 - 144)
  *(u64 *)(r10 - 152) = r0
  r2 = *(u64 *)(r10 - 152)
  *(u64 *)(r10 - 160) = r0
  r2 = *(u64 *)(r10 - 160)
  r0 += r1
  r1 += 1
  if r1 < 6 goto loop
  r0 = 0
  exit
