print(d._op, d._prev)
print(e._op, e._prev)
print(a._op == '', a._prev)
