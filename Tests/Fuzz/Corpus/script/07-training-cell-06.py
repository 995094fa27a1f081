[n(x).data for x in xs]
