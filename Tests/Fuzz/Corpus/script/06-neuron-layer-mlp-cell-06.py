def graph_values(root):
    topo = []
    visited = []
    def build_topo(v):
        if v not in visited:
            visited.append(v)
            for child in v._prev:
                build_topo(child)
            topo.append(v)
    build_topo(root)
    return topo

out = model(x)
len(graph_values(out))
