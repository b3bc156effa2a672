; about: a program for a devmap entry (xdp/devmap) reads egress_ifindex, which other XDP programs may not
; type: xdp/devmap

  r2 = *(u32 *)(r1 + 20)
  r0 = 2
  exit
