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
