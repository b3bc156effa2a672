; about: bpf_get_hash_recalc: not 0, the same on a second call and in skb->hash; kept when the packet changes, computed again after BPF_F_INVALIDATE_HASH, and the same for the reply direction (addresses and ports swapped); bits of r0, as the hash itself is keyed at random per boot
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  call bpf_get_hash_recalc
  r7 = r0                       ; h1
  r9 = 0
  if r7 == 0 goto nz
  r9 |= 1
nz:
  r1 = r6
  call bpf_get_hash_recalc
  if r0 != r7 goto again
  r9 |= 2
again:
  r1 = *(u32 *)(r6 + 68)        ; skb->hash
  if r1 != r7 goto field
  r9 |= 4
field:
  ; swap the IPv4 addresses (offset 26: source, 30: destination) and the UDP ports (34, 36)
  r1 = 0x0200a8c0               ; 192.168.0.2
  *(u32 *)(r10 - 8) = r1
  r1 = 0x0100a8c0               ; 192.168.0.1
  *(u32 *)(r10 - 4) = r1
  r1 = 0x3500                   ; 53
  *(u16 *)(r10 - 12) = r1
  r1 = 0x3930                   ; 12345
  *(u16 *)(r10 - 10) = r1
  r1 = r6
  r2 = 26
  r3 = r10
  r3 += -8
  r4 = 8
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 34
  r3 = r10
  r3 += -12
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  call bpf_get_hash_recalc
  if r0 != r7 goto kept
  r9 |= 8                       ; not recomputed: no invalidation
kept:
  r1 = r6
  r2 = 34
  r3 = r10
  r3 += -12
  r4 = 4
  r5 = 2                        ; BPF_F_INVALIDATE_HASH
  call bpf_skb_store_bytes
  r1 = *(u32 *)(r6 + 68)
  if r1 != 0 goto cleared
  r9 |= 16
cleared:
  r1 = r6
  call bpf_get_hash_recalc
  if r0 != r7 goto symmetric
  r9 |= 32                      ; the reply direction hashes the same
symmetric:
  r1 = *(u32 *)(r6 + 68)
  if r1 != r0 goto stored
  r9 |= 64
stored:
  r0 = r9
  exit
