; Ethernet / IPv4 / TCP parser on a 64-byte packet: drop TCP to port 80, pass the rest.
.section xdp
  r2 = *(u32 *)(r1 + 4)
  r1 = *(u32 *)(r1 + 0)
  r3 = r1
  r3 += 54
  if r3 > r2 goto drop
  r4 = *(u16 *)(r1 + 12)
  if r4 != 0x0008 goto pass
  r4 = *(u8 *)(r1 + 14)
  r4 &= 0xf
  if r4 != 5 goto pass
  r4 = *(u8 *)(r1 + 23)
  if r4 != 6 goto pass
  r4 = *(u16 *)(r1 + 36)
  r4 = be16 r4
  if r4 == 80 goto drop
pass:
  r0 = 2
  exit
drop:
  r0 = 1
  exit
