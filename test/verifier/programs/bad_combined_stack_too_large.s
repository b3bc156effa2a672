; about: three frames of 256 bytes each: 768 bytes of combined stack (the limit is 512)
; type: xdp

  *(u64 *)(r10 - 256) = 0
  call f1
  r0 = 0
  exit
f1:
  *(u64 *)(r10 - 256) = 0
  call f2
  r0 = 0
  exit
f2:
  *(u64 *)(r10 - 256) = 0
  r0 = 0
  exit
