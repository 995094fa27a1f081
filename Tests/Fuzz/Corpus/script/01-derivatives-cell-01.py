def f(x):
    return 3*x**2 - 4*x + 5

f(3.0)
