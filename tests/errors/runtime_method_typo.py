x = 10
y = x.bit_lenght()
