random.seed(1337)
model = MLP(2, [16, 16, 1], activation="relu")
print(model)
print("number of parameters", len(model.parameters()))
