1 - o.data**2
