plot_decision_boundary(model, X, y)
