from micrograd.engine import Value

a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a*b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d*f; L.label = 'L'
draw_dot(L)
#%%
L.grad = 1.0
d.grad = f.data * L.grad
f.grad = d.data * L.grad
c.grad = 1.0 * d.grad
e.grad = 1.0 * d.grad
a.grad = b.data * e.grad
b.grad = a.data * e.grad
draw_dot(L)
#%%
def forward(da=0.0, db=0.0, dc=0.0, de=0.0, dd=0.0, df=0.0):
    a = Value(2.0 + da)
    b = Value(-3.0 + db)
    c = Value(10.0 + dc)
    e = a*b
    e.data += de
    d = e + c
    d.data += dd
    f = Value(-2.0 + df)
    L = d*f
    return L.data

h = 0.0001
L0 = forward()
print("dL/da ≈", (forward(da=h) - L0) / h)
print("dL/db ≈", (forward(db=h) - L0) / h)
print("dL/dc ≈", (forward(dc=h) - L0) / h)
print("dL/de ≈", (forward(de=h) - L0) / h)
print("dL/dd ≈", (forward(dd=h) - L0) / h)
print("dL/df ≈", (forward(df=h) - L0) / h)
#%%
check = gradient_check(lambda a, b, c, f: (a*b + c)*f, [2.0, -3.0, 10.0, -2.0])
for name, (autograd, numerical, error) in zip("abcf", check["comparisons"]):
    print(f"{name}: backprop {autograd}, estimate {numerical:.9f}, relative error {error:.1e}")
print("worst relative error:", check["max_relative_error"])
#%%
a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a*b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d*f; L.label = 'L'
L.backward()
print([(v.label, v.grad) for v in [a, b, c, e, d, f, L]])
