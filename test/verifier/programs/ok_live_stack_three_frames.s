; about: stack liveness over three frames: the innermost function writes frame 0's fp-16 on one path only and reads frame 1's fp-8; chains (3,7,11) -> (3,7) -> (0)
; type: socket_filter

  *(u64 *)(r10 - 16) = 1
  r1 = r10
  r1 += -16
  call mid
  r0 = *(u64 *)(r10 - 16)
  r0 = 0
  exit
mid:
  *(u64 *)(r10 - 8) = r1
  r2 = r10
  r2 += -8
  call inner
  r0 = 0
  exit
inner:
  r6 = *(u64 *)(r2 + 0)
  call bpf_get_prandom_u32
  if r0 > 7 goto skip
  *(u64 *)(r6 + 0) = r0
skip:
  r0 = 0
  exit
