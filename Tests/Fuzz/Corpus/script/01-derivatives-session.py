def f(x):
    return 3*x**2 - 4*x + 5

f(3.0)
#%%
import numpy as np
import matplotlib.pyplot as plt

xs = np.arange(-5, 5, 0.25)
ys = [f(x) for x in xs]
plt.plot(xs, ys)
plt.grid()
plt.title("f(x) = 3x² − 4x + 5")
#%%
h = 0.001
x = 3.0
(f(x + h) - f(x)) / h
#%%
x = -3.0
(f(x + h) - f(x)) / h
#%%
h = 0.0000001
x = 2/3
(f(x + h) - f(x)) / h
#%%
a = 2.0
b = -3.0
c = 10.0
d = a*b + c
d
#%%
h = 0.0001
a = 2.0
b = -3.0
c = 10.0

d1 = a*b + c
a += h
d2 = a*b + c
print("d1", d1)
print("d2", d2)
print("slope", (d2 - d1) / h)
#%%
def slopes(a, b, c, h=0.0001):
    d = a*b + c
    return [
        ((a + h)*b + c - d) / h,
        (a*(b + h) + c - d) / h,
        (a*b + (c + h) - d) / h,
    ]

for name, slope in zip(["a", "b", "c"], slopes(2.0, -3.0, 10.0)):
    print(f"dd/d{name} ≈ {slope:.6f}")
