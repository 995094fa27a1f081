fs = [lambda x, i=i: x + i for i in range(3)]
[f(1) for f in fs]
