; about: LD_IND in a tc program, with the index from a register and a negative imm
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:24:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r7 = 20
  r0 = *(u32 *)skb[r7 + 6]      ; IP source
  *(u64 *)(r9 + 0) = r0
  r7 = 44
  r0 = *(u16 *)skb[r7 + -2]     ; payload bytes 0..1
  *(u64 *)(r9 + 8) = r0
  r7 = 0x10000
  r0 = *(u8 *)skb[r7 + -65530]  ; byte 6
  *(u64 *)(r9 + 16) = r0
  r0 = 0
  exit
