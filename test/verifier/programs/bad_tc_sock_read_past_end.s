; about: struct bpf_sock is 80 bytes: a read at offset 80 is refused
; type: sched_cls

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  r2 = *(u32 *)(r0 + 80)
  r1 = r0
  call bpf_sk_release
out:
  r0 = 0
  exit
