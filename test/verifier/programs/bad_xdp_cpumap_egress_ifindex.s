; about: a program for a cpumap entry (xdp/cpumap) may not read egress_ifindex, as plain XDP programs may not
; type: xdp/cpumap

  r2 = *(u32 *)(r1 + 20)
  r0 = 2
  exit
