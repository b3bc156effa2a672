; about: with strict alignment a misaligned socket field read is refused before its access check
; type: sched_cls
; strict_align: true

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  r1 = *(u8 *)(r0 + 25)
  r1 = *(u16 *)(r0 + 49)
  r1 = r0
  call bpf_sk_release
out:
  r0 = 0
  exit
