secret // 2
