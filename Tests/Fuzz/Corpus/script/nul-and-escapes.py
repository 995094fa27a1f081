print('a\0b\x00\r\n\t\u00e9\U0001F600')
