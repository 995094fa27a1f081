def f(x):
    return 3*x**2 - 4*x + 5
f(3.0)
#%%
import math
squares = [k**2 for k in range(6)]
total = sum(squares)
print(f"sum of {squares} is {total}")
print(f"sqrt(2) to five places is {math.sqrt(2):.5f}")
#%%
7 // 2, -7 // 2, 2 ** -1, 3 == 3.0
#%%
from micrograd.engine import Value
a = Value(3.0, label='a')
y = a.tanh(); y.label = 'y'
y.backward()
draw_dot(y)
#%%
Value(2.0) + "three"
#%%
secret = sum(range(101))
print("the numbers from 1 to 100 add up to", secret)
#%%
secret // 2
#%%
while True:
    pass
