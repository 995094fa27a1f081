draw_dot(L)
