; about: bpf_csum_diff: the IPv4 header's sum (6.18 returns it folded to 16 bits, not complemented), a diff, a seed, a size not a multiple of 4
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r1 = *(u64 *)(r2 + 14)        ; copy the IPv4 header to the stack
  *(u64 *)(r10 - 24) = r1
  r1 = *(u64 *)(r2 + 22)
  *(u64 *)(r10 - 16) = r1
  r1 = *(u32 *)(r2 + 30)
  *(u32 *)(r10 - 8) = w1
  r1 = 0
  r2 = 0
  r3 = r10
  r3 += -24
  r4 = 20
  r5 = 0
  call bpf_csum_diff            ; sum of the header, checksum included
  *(u64 *)(r9 + 0) = r0
  r1 = r0                       ; fold to 16 bits: 0xffff means valid
  r1 >>= 16
  r0 &= 0xffff
  r0 += r1
  r1 = r0
  r1 >>= 16
  r0 += r1
  r0 &= 0xffff
  *(u64 *)(r9 + 8) = r0
; from = the old source address, to = a new one: the diff to add
  *(u32 *)(r10 - 32) = 0x0100000a
  r1 = r10
  r1 += -12                     ; the old source, in the header copy
  r2 = 4
  r3 = r10
  r3 += -32
  r4 = 4
  r5 = 0
  call bpf_csum_diff
  *(u64 *)(r9 + 16) = r0
; with a seed
  r1 = 0
  r2 = 0
  r3 = r10
  r3 += -32
  r4 = 4
  r5 = 0x12345678
  call bpf_csum_diff
  *(u64 *)(r9 + 24) = r0
; a size that is not a multiple of 4: summed as it is (6.18 accepts it)
  r1 = 0
  r2 = 0
  r3 = r10
  r3 += -32
  r4 = 3
  r5 = 0
  call bpf_csum_diff
  *(u64 *)(r9 + 32) = r0
out:
  r0 = 2
  exit
