Value(2.0) + "three"
