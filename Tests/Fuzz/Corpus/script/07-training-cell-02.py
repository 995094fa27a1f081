loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
loss
