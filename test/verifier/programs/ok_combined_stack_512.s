; about: two frames of 256 bytes each: 512 bytes of combined stack, exactly the limit
; type: xdp

  *(u64 *)(r10 - 256) = 0
  call f1
  exit
f1:
  *(u64 *)(r10 - 256) = 0
  r0 = 0
  exit
