; about: an sk_lookup program returns 0 or 1 (SK_DROP or SK_PASS): 2 is refused at exit
; type: sk_lookup

  r0 = 2
  exit
