while True:
    print('spam')
