; about: xdp looks up the TCP socket of the packet's own 4-tuple, read in place after a range check covering it
; type: xdp

  r6 = r1
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 38
  if r4 > r3 goto pass
  r2 += 26
  r1 = r6
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto pass
  r1 = r0
  call bpf_sk_release
  r0 = 1
  exit
pass:
  r0 = 2
  exit
