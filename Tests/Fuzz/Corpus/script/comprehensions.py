[x * y for x in range(3) for y in range(x) if y]
{k: v for k, v in zip('ab', (1, 2))}
sum(i for i in range(10))
