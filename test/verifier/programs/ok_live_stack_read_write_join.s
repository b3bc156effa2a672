; about: stack liveness (verifier_live_stack.c read_write_join): each branch's reads join into may_read; must_write is what both branches write
; type: socket_filter

  call bpf_get_prandom_u32
  if r0 > 42 goto l1
  r0 = *(u64 *)(r10 - 8)
  *(u64 *)(r10 - 32) = r0
  *(u64 *)(r10 - 40) = r0
  exit
l1:
  r0 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 32) = r0
  exit
