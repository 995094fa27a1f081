a = []
a.append(a)
print(a)
d = {}
d[1] = d
d
