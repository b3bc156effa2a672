; about: bpf_get_stack in a raw tracepoint's test run: -EINVAL (buffer zeroed) for a size not a whole number of entries, unknown flags or build ids of the kernel stack, -EFAULT for more frames skipped than there are; the kernel stack's depth and addresses differ from boot to boot, so of them only properties come back as bits of r0 (some bytes, whole u64s, a kernel address first, zeros after them if the buffer is not full, the user stack whole u64s)
; type: raw_tracepoint
; ctx: 0100000000000000
; map: out:array:4:40:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = 0x5555
  *(u64 *)(r10 - 64) = r1
  *(u64 *)(r10 - 56) = r1
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 12
  r4 = 0
  call bpf_get_stack
  *(u64 *)(r9 + 0) = r0         ; -EINVAL
  r1 = *(u64 *)(r10 - 64)
  *(u64 *)(r9 + 8) = r1         ; 0: cleared
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 64
  r4 = 0x200
  call bpf_get_stack
  *(u64 *)(r9 + 16) = r0        ; -EINVAL: flag 1 << 9
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 64
  r4 = 0x800
  call bpf_get_stack
  *(u64 *)(r9 + 24) = r0        ; -EINVAL: build ids of kernel addresses
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 8
  r4 = 200
  call bpf_get_stack
  *(u64 *)(r9 + 32) = r0        ; -EFAULT
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 64
  r4 = 0
  call bpf_get_stack
  r7 = 0
  if r0 s<= 0 goto nobytes
  r7 |= 1
nobytes:
  r1 = r0
  r1 &= 7
  if r1 != 0 goto notwhole
  r7 |= 2
notwhole:
  r1 = *(u64 *)(r10 - 64)
  r1 >>= 48
  if r1 != 0xffff goto notkernel
  r7 |= 4
notkernel:
  if r0 s>= 64 goto zeros        ; a full buffer has no rest to be zero
  r1 = *(u64 *)(r10 - 8)        ; the last slot, past what was written
  if r1 != 0 goto full
zeros:
  r7 |= 8
full:
  r1 = r6
  r2 = r10
  r2 += -64
  r3 = 64
  r4 = 0x100
  call bpf_get_stack
  if r0 s< 0 goto out
  r0 &= 7
  if r0 != 0 goto out
  r7 |= 16
out:
  r0 = r7
  exit
