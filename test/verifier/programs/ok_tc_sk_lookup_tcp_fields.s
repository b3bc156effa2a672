; about: a socket from bpf_sk_lookup_tcp: whole, narrow and dst_port reads, then the release
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
  r2 = *(u32 *)(r0 + 4)
  r3 = *(u16 *)(r0 + 48)
  r4 = *(u8 *)(r0 + 25)
  r5 = *(u32 *)(r0 + 72)
  r2 = *(u32 *)(r0 + 16)
  r1 = r0
  call bpf_sk_release
out:
  r0 = 0
  exit
