def slopes(a, b, c, h=0.0001):
    d = a*b + c
    return [
        ((a + h)*b + c - d) / h,
        (a*(b + h) + c - d) / h,
        (a*b + (c + h) - d) / h,
    ]

for name, slope in zip(["a", "b", "c"], slopes(2.0, -3.0, 10.0)):
    print(f"dd/d{name} ≈ {slope:.6f}")
