; about: bpf_set_hash sets skb->hash, which bpf_get_hash_recalc then keeps (even 0); bpf_set_hash_invalid clears it, and bpf_get_hash_recalc computes one again (not 0: bit 0 of r0, as its value is keyed at random per boot)
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0x1234
  call bpf_set_hash
  *(u64 *)(r9 + 0) = r0         ; 0
  r1 = *(u32 *)(r6 + 68)
  *(u64 *)(r9 + 8) = r1         ; 0x1234
  r1 = r6
  call bpf_get_hash_recalc
  *(u64 *)(r9 + 16) = r0        ; 0x1234, kept
  r1 = r6
  r2 = 0
  call bpf_set_hash
  r1 = r6
  call bpf_get_hash_recalc
  *(u64 *)(r9 + 24) = r0        ; 0, kept
  r1 = r6
  call bpf_set_hash_invalid
  *(u64 *)(r9 + 32) = r0        ; 0
  r1 = *(u32 *)(r6 + 68)
  *(u64 *)(r9 + 40) = r1        ; 0
  r1 = r6
  call bpf_get_hash_recalc
  r1 = 0
  if r0 == 0 goto out
  r1 = 1
out:
  r0 = r1
  exit
