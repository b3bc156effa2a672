// A left-deep chain of 16384 additions (14 nested uses of a doubling macro) is an ordinary
// expression, not deep bracket nesting: clang-19 compiles it. bpfplay's compile() dies of a stack
// overflow (RangeError: Maximum call stack size exceeded in codegen/callgraph.ts, walkExpr/onExpr)
// instead of compiling it or giving an error with a place.
#define D(x) x + x
int f(int x)
{
	return D(D(D(D(D(D(D(D(D(D(D(D(D(D(x))))))))))))));
}
