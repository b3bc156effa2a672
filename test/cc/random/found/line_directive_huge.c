// #line with a number clang refuses: clang-19 says "#line directive requires a positive integer
// argument" at 5:7 (and "line marker directive requires a positive integer argument" for the
// '# N' form). bpfplay accepts it and places the next diagnostic at line 100000000000000000000
// (a 300-digit number gives line Infinity): a missing/misplaced location.
#line 99999999999999999999
int x = ;
