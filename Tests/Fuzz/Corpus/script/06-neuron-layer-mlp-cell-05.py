print(model)
len(model.parameters())
