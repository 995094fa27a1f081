draw_dot(out)
