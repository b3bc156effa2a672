; about: per-CPU array: each CPU sees its own copy; the count runs 5 times on CPU 0
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 5
; map: pc:percpu_array:4:12:2
; init: pc:01000000:640000000000000007000000

  *(u32 *)(r10 - 4) = 1
  r1 = map[pc] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  r1 += 1
  *(u64 *)(r0 + 0) = r1
  w2 = *(u32 *)(r0 + 8)
  w2 *= 3
  *(u32 *)(r0 + 8) = w2
  r0 = r1
  exit
fail:
  r0 = 0
  exit
