; about: bpf_xdp_get_buff_len, bpf_xdp_load_bytes and bpf_xdp_store_bytes: the length, the EtherType read, the destination MAC written, -EINVAL past the end, -EFAULT beyond 64 KiB
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  call bpf_xdp_get_buff_len
  *(u64 *)(r9 + 0) = r0         ; 60
  *(u64 *)(r10 - 8) = 0
  r1 = r6
  r2 = 12
  r3 = r10
  r3 += -8
  r4 = 2
  call bpf_xdp_load_bytes
  *(u64 *)(r9 + 8) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 16) = r1        ; 08 00
  r1 = r6
  r2 = 59
  r3 = r10
  r3 += -8
  r4 = 2
  call bpf_xdp_load_bytes
  *(u64 *)(r9 + 24) = r0        ; -EINVAL
  r1 = r6
  r2 = 0x10000
  r3 = r10
  r3 += -8
  r4 = 1
  call bpf_xdp_load_bytes
  *(u64 *)(r9 + 32) = r0        ; -EFAULT
  r1 = 0xffeeddccbbaa ll
  *(u64 *)(r10 - 8) = r1
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 6
  call bpf_xdp_store_bytes
  *(u64 *)(r9 + 40) = r0        ; 0, and the packet's destination is aa:bb:cc:dd:ee:ff
  r0 = 2
  exit
