; about: bpf_check_mtu (sched_cls) against the loopback device (ifindex 0: the one the packet came in on, or 1): the packet, the packet grown past MTU + header, an L3 length given in *mtu_len, bad flags, a device that does not exist; each result and the MTU written back
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:112:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 0) = r0         ; fits
  r1 = *(u32 *)(r10 - 4)
  *(u32 *)(r9 + 4) = r1         ; 65536
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 1
  r3 = r10
  r3 += -4
  r4 = 65491                    ; 60 + 65491 = 65551 > 65536 + 14
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 8) = r0         ; 1: fragmentation needed
  r1 = *(u32 *)(r10 - 4)
  *(u32 *)(r9 + 12) = r1
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 1
  r3 = r10
  r3 += -4
  r4 = 65490                    ; exactly MTU + header
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 16) = r0        ; 0
  r1 = 65536
  *(u32 *)(r10 - 4) = r1        ; an L3 length of exactly the MTU
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 24) = r0        ; 0
  r1 = 65537
  *(u32 *)(r10 - 4) = r1
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 32) = r0        ; 1
  r1 = 100
  *(u32 *)(r10 - 4) = r1
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = -200                     ; below zero: fits
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 40) = r0
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 2
  call bpf_check_mtu
  *(u32 *)(r9 + 48) = r0        ; -EINVAL: unknown flag
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 1
  call bpf_check_mtu
  *(u32 *)(r9 + 56) = r0        ; BPF_MTU_CHK_SEGS: tc 0, XDP -EINVAL
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 1
  call bpf_check_mtu
  *(u32 *)(r9 + 64) = r0        ; -EINVAL: segments with a length difference
  *(u32 *)(r10 - 4) = 0
  r1 = r6
  r2 = 0x7ffffff0               ; no such device
  r3 = r10
  r3 += -4
  r4 = 0
  r5 = 0
  call bpf_check_mtu
  *(u32 *)(r9 + 72) = r0        ; -ENODEV
  r0 = 2
  exit
