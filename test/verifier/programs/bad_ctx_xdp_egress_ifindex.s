; about: xdp_md->egress_ifindex is readable only by devmap programs (expected_attach_type BPF_XDP_DEVMAP)
; type: xdp

  r0 = *(u32 *)(r1 + 20)
  exit
