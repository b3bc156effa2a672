; about: stack liveness of a helper's in-and-out argument: bpf_check_mtu reads and writes the u32 at fp-8 (ARG_PTR_TO_FIXED_SIZE_MEM | MEM_WRITE, not MEM_UNINIT), so fp-8 is live before the call though nothing reads it after
; type: xdp

  *(u32 *)(r10 - 8) = 0
  r6 = r1
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 0
  r5 = 0
  call bpf_check_mtu
  r0 = 2
  exit
