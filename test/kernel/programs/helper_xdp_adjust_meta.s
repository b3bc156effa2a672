; about: bpf_xdp_adjust_meta: metadata in whole u32s in front of the packet, up to the xdp_frame at the start of the headroom; the metadata moves with bpf_xdp_adjust_head
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = -3
  call bpf_xdp_adjust_meta
  *(u64 *)(r9 + 0) = r0         ; -EACCES: not whole u32s
  r1 = r6
  r2 = 8
  call bpf_xdp_adjust_meta
  *(u64 *)(r9 + 8) = r0         ; -EINVAL: past data
  r1 = r6
  r2 = -8
  call bpf_xdp_adjust_meta
  *(u64 *)(r9 + 16) = r0        ; 0
  r2 = *(u32 *)(r6 + 8)         ; data_meta
  r3 = *(u32 *)(r6 + 0)         ; data
  r4 = r2
  r4 += 8
  if r4 > r3 goto fail
  r5 = 0x11223344
  *(u32 *)(r2 + 0) = r5
  r5 = 0x55667788
  *(u32 *)(r2 + 4) = r5
  r3 -= r2
  *(u64 *)(r9 + 24) = r3        ; 8 bytes of metadata
  r1 = r6
  r2 = 14
  call bpf_xdp_adjust_head
  *(u64 *)(r9 + 32) = r0        ; 0: the metadata moves with data
  r2 = *(u32 *)(r6 + 8)
  r3 = *(u32 *)(r6 + 0)
  r4 = r2
  r4 += 8
  if r4 > r3 goto fail
  r5 = *(u32 *)(r2 + 4)
  *(u64 *)(r9 + 40) = r5        ; 0x55667788
  r1 = r6
  r2 = -300
  call bpf_xdp_adjust_meta
  *(u64 *)(r9 + 48) = r0        ; -EINVAL: into the xdp_frame
  r1 = r6
  r2 = 8
  call bpf_xdp_adjust_meta
  *(u64 *)(r9 + 56) = r0        ; 0: no metadata again
  r1 = r6
  r2 = -14
  call bpf_xdp_adjust_head
  r0 = 2
  exit
fail:
  r0 = 0
  exit
