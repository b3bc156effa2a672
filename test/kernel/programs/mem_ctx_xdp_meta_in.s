; about: xdp_md from user space: data = 8 says the first 8 bytes given are metadata; the program reads it through data_meta and writes its first 4 bytes, and user space gets metadata and packet back with data and data_end counted from the metadata's start
; type: xdp
; ctx: 08000000 44000000 00000000 01000000 00000000 00000000
; packet: 11223344 55667788
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r2 = *(u32 *)(r6 + 8)         ; data_meta
  r3 = *(u32 *)(r6 + 0)         ; data
  r4 = r2
  r4 += 8
  if r4 > r3 goto fail
  r5 = *(u32 *)(r2 + 4)
  *(u64 *)(r9 + 0) = r5         ; 0x88776655
  r3 -= r2
  *(u64 *)(r9 + 8) = r3         ; 8
  r5 = 0xaabbccdd
  *(u32 *)(r2 + 0) = r5
  r0 = 2
  exit
fail:
  r0 = 0
  exit
