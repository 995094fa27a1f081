draw_dot(o)
