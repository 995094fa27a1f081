random.seed(42)
model = MLP(3, [4, 4, 1])
x = [2.0, 3.0, -1.0]
model(x)
