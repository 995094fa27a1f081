from micrograd.engine import Value

a = Value(2.0, label='a')
a
#%%
a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a*b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d*f; L.label = 'L'
L
#%%
print(d._op, d._prev)
print(e._op, e._prev)
print(a._op == '', a._prev)
#%%
draw_dot(L)
#%%
x = Value(3.0, label='x')
y = 2 * x + 1; y.label = 'y'
draw_dot(y)
#%%
p = Value(2.0, label='p')
q = Value(4.0, label='q')
r = p / q; r.label = 'r'
print(r)
draw_dot(r)
