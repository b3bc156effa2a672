; about: cgroup_sysctl reads write and file_pos and returns 1
; type: cgroup_sysctl

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 1
  exit
